package dev.flotilla.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A token bucket refilled continuously from an injected clock; starts full. Not thread-safe. */
final class TokenBucket {
  private final Clock clock;
  private final double capacity;
  private final double tokensPerNano;
  private double tokens;
  private Instant last;

  TokenBucket(RateLimit limit, Clock clock) {
    this.clock = clock;
    this.capacity = limit.messages();
    this.tokensPerNano = limit.messages() / (double) limit.per().toNanos();
    this.tokens = capacity;
    this.last = clock.instant();
  }

  /** Whole tokens available now. */
  int available() {
    refill();
    return (int) Math.floor(tokens + 1e-9);
  }

  /** Takes {@code n} tokens; the caller checked {@link #available()}. */
  void take(int n) {
    refill();
    tokens = Math.max(0, tokens - n);
  }

  private void refill() {
    Instant now = clock.instant();
    if (now.isAfter(last)) {
      tokens = Math.min(capacity, tokens + Duration.between(last, now).toNanos() * tokensPerNano);
      last = now;
    }
  }
}
