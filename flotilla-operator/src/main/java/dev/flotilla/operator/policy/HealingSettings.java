package dev.flotilla.operator.policy;

import dev.flotilla.config.PolicySettings;
import java.time.Duration;
import java.util.Objects;

/**
 * The policy's knobs: flotilla.yaml's {@link PolicySettings} plus the few the policy adds.
 *
 * @param minConfidence diagnoses below this confidence are only recommended
 * @param breakerCloseBelow the breaker closes once fewer than this many jobs fail ...
 * @param breakerCalmCycles ... for this many cycles in a row (and no platform incident is open)
 * @param healthyTail fix verification: the SLI must be RUNNING_NORMAL for this last part of the
 *     verification window
 */
public record HealingSettings(
    PolicySettings policy,
    double minConfidence,
    int breakerCloseBelow,
    int breakerCalmCycles,
    Duration healthyTail) {

  public HealingSettings {
    Objects.requireNonNull(policy, "policy");
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence must be in 0..1 but was " + minConfidence);
    }
    if (breakerCloseBelow < 1 || breakerCloseBelow > policy.breakerFailingJobs()) {
      throw new IllegalArgumentException(
          "breakerCloseBelow must be in 1.."
              + policy.breakerFailingJobs()
              + " (breaker-failing-jobs) but was "
              + breakerCloseBelow);
    }
    if (breakerCalmCycles < 1) {
      throw new IllegalArgumentException(
          "breakerCalmCycles must be >= 1 but was " + breakerCalmCycles);
    }
    Objects.requireNonNull(healthyTail, "healthyTail");
    if (healthyTail.isNegative() || healthyTail.compareTo(policy.verifyWindow()) > 0) {
      throw new IllegalArgumentException(
          "healthyTail must be within 0..verify-window (" + policy.verifyWindow() + ")");
    }
  }

  /**
   * Defaults: confidence 0.6; the breaker closes when fewer than half the open threshold fail for 3
   * cycles; the SLI must be normal for the last half of the verification window (at most 5 min).
   */
  public static HealingSettings of(PolicySettings policy) {
    Duration half = policy.verifyWindow().dividedBy(2);
    Duration tail = half.compareTo(Duration.ofMinutes(5)) > 0 ? Duration.ofMinutes(5) : half;
    return new HealingSettings(policy, 0.6, Math.max(1, policy.breakerFailingJobs() / 2), 3, tail);
  }
}
