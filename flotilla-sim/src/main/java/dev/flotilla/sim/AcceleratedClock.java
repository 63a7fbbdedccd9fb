package dev.flotilla.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** Simulated time that starts at {@code simStart} now and runs {@code speed} times faster. */
public final class AcceleratedClock extends Clock {
  private final Instant simStart;
  private final double speed;
  private final Clock base;
  private final Instant baseStart;

  public AcceleratedClock(Instant simStart, double speed, Clock base) {
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be positive but was " + speed);
    }
    this.simStart = Objects.requireNonNull(simStart);
    this.speed = speed;
    this.base = Objects.requireNonNull(base);
    this.baseStart = base.instant();
  }

  @Override
  public Instant instant() {
    long realNanos = Duration.between(baseStart, base.instant()).toNanos();
    return simStart.plusNanos((long) (realNanos * speed));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
