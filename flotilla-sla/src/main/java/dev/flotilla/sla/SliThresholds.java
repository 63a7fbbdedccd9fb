package dev.flotilla.sla;

import dev.flotilla.model.Tier;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Thresholds the SLI rules use for one job. Defaults per tier come from {@link #defaults(Tier)};
 * see {@code docs/sla.md} for the table.
 *
 * @param restartThreshold restarts within {@code restartWindow} that make a job abnormal
 * @param maxCheckpointAge latest completed checkpoint older than this is abnormal
 * @param checkpointFailureCycles consecutive cycles with a rising failed-checkpoint count
 * @param backpressureMinutes consecutive minutes with a vertex at "high" backpressure
 * @param lagMinutes consecutive minutes of growing consumer lag above {@code maxLag}
 * @param maxLag consumer lag SLO; empty means the lag rule is off
 * @param schedulingGrace how long a job may be scheduling before the minutes count as a breach
 * @param sloTarget availability target as a fraction, e.g. 0.999
 */
public record SliThresholds(
    int restartThreshold,
    Duration restartWindow,
    Duration maxCheckpointAge,
    int checkpointFailureCycles,
    int backpressureMinutes,
    int lagMinutes,
    OptionalDouble maxLag,
    Duration schedulingGrace,
    double sloTarget) {

  public SliThresholds {
    Objects.requireNonNull(restartWindow, "restartWindow");
    Objects.requireNonNull(maxCheckpointAge, "maxCheckpointAge");
    Objects.requireNonNull(maxLag, "maxLag");
    Objects.requireNonNull(schedulingGrace, "schedulingGrace");
    requirePositive(restartThreshold, "restartThreshold");
    requirePositive(checkpointFailureCycles, "checkpointFailureCycles");
    requirePositive(backpressureMinutes, "backpressureMinutes");
    requirePositive(lagMinutes, "lagMinutes");
    if (restartWindow.isNegative() || restartWindow.isZero()) {
      throw new IllegalArgumentException("restartWindow must be positive but was " + restartWindow);
    }
    if (schedulingGrace.isNegative()) {
      throw new IllegalArgumentException(
          "schedulingGrace must not be negative: " + schedulingGrace);
    }
    if (!(sloTarget > 0 && sloTarget < 1)) {
      throw new IllegalArgumentException("sloTarget must be in (0, 1) but was " + sloTarget);
    }
  }

  private static void requirePositive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
    }
  }

  /** Documented defaults; stricter checkpoint age and higher SLO for higher tiers. */
  public static SliThresholds defaults(Tier tier) {
    return switch (tier) {
      case P0 -> base(Duration.ofMinutes(5), 0.9995);
      case P1 -> base(Duration.ofMinutes(10), 0.999);
      case P2 -> base(Duration.ofMinutes(15), 0.995);
      case P3 -> base(Duration.ofMinutes(30), 0.99);
    };
  }

  /** Defaults for a job without a tier: those of P2. */
  public static SliThresholds defaults(Optional<Tier> tier) {
    return defaults(tier.orElse(Tier.P2));
  }

  private static SliThresholds base(Duration checkpointAge, double slo) {
    return new SliThresholds(
        3,
        Duration.ofMinutes(10),
        checkpointAge,
        3,
        5,
        5,
        OptionalDouble.empty(),
        Duration.ofMinutes(3),
        slo);
  }

  public SliThresholds withSchedulingGrace(Duration grace) {
    return new SliThresholds(
        restartThreshold,
        restartWindow,
        maxCheckpointAge,
        checkpointFailureCycles,
        backpressureMinutes,
        lagMinutes,
        maxLag,
        grace,
        sloTarget);
  }

  public SliThresholds withMaxCheckpointAge(Duration age) {
    return new SliThresholds(
        restartThreshold,
        restartWindow,
        age,
        checkpointFailureCycles,
        backpressureMinutes,
        lagMinutes,
        maxLag,
        schedulingGrace,
        sloTarget);
  }

  public SliThresholds withMaxLag(double lag) {
    return new SliThresholds(
        restartThreshold,
        restartWindow,
        maxCheckpointAge,
        checkpointFailureCycles,
        backpressureMinutes,
        lagMinutes,
        OptionalDouble.of(lag),
        schedulingGrace,
        sloTarget);
  }
}
