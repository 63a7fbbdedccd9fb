package dev.flotilla.adviser.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Health score 0-100 of a job from its findings of the last 30 minutes. Each finding deducts its
 * severity's points times a recency weight: 1.0 up to 5 minutes old, then falling linearly to 0.25
 * at 30 minutes; older findings (and findings dated in the future beyond one minute of skew) count
 * nothing. Repeats of the same rule count once, at their most recent time. Pure function.
 */
public final class HealthScore {
  public static final Duration WINDOW = Duration.ofMinutes(30);
  static final Duration FRESH = Duration.ofMinutes(5);
  static final Duration SKEW = Duration.ofMinutes(1);
  static final double OLDEST_WEIGHT = 0.25;

  private HealthScore() {}

  public static int compute(List<ScoredFinding> findings, Instant now) {
    double deduction =
        findings.stream()
            .filter(f -> !f.at().isAfter(now.plus(SKEW)))
            .filter(f -> Duration.between(f.at(), now).compareTo(WINDOW) <= 0)
            .collect(
                java.util.stream.Collectors.toMap(
                    f -> f.ruleId() + "/" + f.severity(),
                    f -> f,
                    (a, b) -> a.at().isAfter(b.at()) ? a : b))
            .values()
            .stream()
            .mapToDouble(f -> f.severity().points() * weight(Duration.between(f.at(), now)))
            .sum();
    return (int) Math.max(0, Math.min(100, Math.round(100 - deduction)));
  }

  static double weight(Duration age) {
    if (age.compareTo(FRESH) <= 0) {
      return 1.0;
    }
    double span = WINDOW.minus(FRESH).toMillis();
    double past = age.minus(FRESH).toMillis();
    return 1.0 - (1.0 - OLDEST_WEIGHT) * Math.min(1.0, past / span);
  }
}
