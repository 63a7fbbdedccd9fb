package dev.flotilla.notify;

import java.time.Duration;
import java.util.Objects;

/** At most {@code messages} messages per {@code per} on one channel (a token bucket). */
public record RateLimit(int messages, Duration per) {

  public RateLimit {
    if (messages < 1) {
      throw new IllegalArgumentException("rate limit messages must be >= 1 but was " + messages);
    }
    Objects.requireNonNull(per, "per");
    if (per.isZero() || per.isNegative()) {
      throw new IllegalArgumentException("rate limit period must be positive but was " + per);
    }
  }

  public static RateLimit perMinute(int messages) {
    return new RateLimit(messages, Duration.ofMinutes(1));
  }
}
