package dev.flotilla.operator.policy;

import java.util.Optional;

/**
 * An action that failed verification for a diagnosis on a job is not taken again automatically for
 * that diagnosis on that job (until a human resets the memory); a different diagnosis may use it.
 */
public final class FailedActionMemory implements Guard {
  @Override
  public Optional<Block> check(Candidate c, CycleState s) {
    FailedAction key =
        new FailedAction(c.job().jobKey(), c.diagnosis().label(), c.remedy().workflow());
    if (!s.input().failed().contains(key)) {
      return Optional.empty();
    }
    return Optional.of(
        new Block(
            SkipReason.FAILED_VERIFICATION_BEFORE,
            c.remedy().workflow()
                + " failed verification for "
                + key.label()
                + " on "
                + key.jobKey()
                + " before; reset with 'flotilla actions --reset "
                + key.jobKey()
                + " --label "
                + key.label()
                + "'"));
  }
}
