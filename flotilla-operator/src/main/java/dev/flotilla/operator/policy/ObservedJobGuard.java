package dev.flotilla.operator.policy;

import java.util.Optional;

/** Flotilla never changes a job it only observes. */
public final class ObservedJobGuard implements Guard {
  @Override
  public Optional<Block> check(Candidate c, CycleState s) {
    if (c.job().managed()) {
      return Optional.empty();
    }
    return Optional.of(
        new Block(
            SkipReason.OBSERVED_JOB,
            c.job().jobKey() + " is observed, not managed: Flotilla does not change it"));
  }
}
