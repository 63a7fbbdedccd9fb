package dev.flotilla.operator.policy;

import java.util.Optional;

/** A diagnosis the adviser is unsure of is not acted on automatically. */
public final class ConfidenceGuard implements Guard {
  private final double min;

  public ConfidenceGuard(double min) {
    this.min = min;
  }

  @Override
  public Optional<Block> check(Candidate c, CycleState s) {
    double confidence = c.diagnosis().confidence();
    if (confidence >= min) {
      return Optional.empty();
    }
    return Optional.of(
        new Block(
            SkipReason.LOW_CONFIDENCE,
            String.format(
                java.util.Locale.ROOT,
                "confidence %.2f of %s is below %.2f",
                confidence,
                c.diagnosis().label(),
                min)));
  }
}
