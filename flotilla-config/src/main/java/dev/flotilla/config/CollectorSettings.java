package dev.flotilla.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How often clusters are polled.
 *
 * @param detailEvery fetch per-job detail every this many cycles (1 = every cycle)
 * @param cycleDeadline a cycle that is not done by then is cut short; at most {@code pollInterval}
 */
public record CollectorSettings(Duration pollInterval, int detailEvery, Duration cycleDeadline) {

  public CollectorSettings {
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(cycleDeadline, "cycleDeadline");
    if (pollInterval.isZero() || pollInterval.isNegative()) {
      throw new IllegalArgumentException("poll-interval must be positive");
    }
    if (detailEvery < 1) {
      throw new IllegalArgumentException("detail-every must be >= 1");
    }
    if (cycleDeadline.isZero() || cycleDeadline.isNegative()) {
      throw new IllegalArgumentException("cycle-deadline must be positive");
    }
    if (cycleDeadline.compareTo(pollInterval) > 0) {
      throw new IllegalArgumentException("cycle-deadline must not exceed poll-interval");
    }
  }
}
