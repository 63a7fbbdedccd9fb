package dev.flotilla.operator.policy;

import java.util.Optional;

/** Never two workflows on one job at once (including one decided earlier in this cycle). */
public final class OneWorkflowPerJobGuard implements Guard {
  @Override
  public Optional<Block> check(Candidate c, CycleState s) {
    if (!s.held(c.job().jobKey())) {
      return Optional.empty();
    }
    return Optional.of(
        new Block(SkipReason.ALREADY_ACTIVE, c.job().jobKey() + " already has an active workflow"));
  }
}
