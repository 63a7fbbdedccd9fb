package dev.flotilla.operator.policy;

import java.util.Optional;

/** One guardrail: may this candidate run now? Empty means yes. */
public interface Guard {
  Optional<Block> check(Candidate candidate, CycleState state);
}
