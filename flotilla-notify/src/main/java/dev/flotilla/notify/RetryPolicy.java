package dev.flotilla.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * How a channel retries a failed delivery: up to {@code maxAttempts} attempts in all, waiting
 * {@code initialBackoff}, then twice that, ... at most {@code maxBackoff}, each wait spread by
 * ±{@code jitter} (a fraction, 0..1). A 429's {@code Retry-After} replaces the computed wait (up to
 * {@code maxRetryAfter}).
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    double jitter,
    Duration maxRetryAfter) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("retry maxAttempts must be >= 1 but was " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "retry backoff must satisfy 0 <= initial ("
              + initialBackoff
              + ") <= max ("
              + maxBackoff
              + ")");
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("retry jitter must be within 0..1 but was " + jitter);
    }
  }

  /** 5 attempts: waits of 1s, 2s, 4s, 8s (±20%); Retry-After honoured up to 10 minutes. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        5, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2, Duration.ofMinutes(10));
  }

  /** The wait after failed attempt number {@code attempt} (1-based), before jitter is applied. */
  public Duration backoffAfter(int attempt) {
    Duration delay = initialBackoff;
    for (int i = 1; i < attempt && delay.compareTo(maxBackoff) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
  }

  /** {@link #backoffAfter} spread by jitter; {@code random} is a number in [0, 1). */
  public Duration jittered(int attempt, double random) {
    Duration base = backoffAfter(attempt);
    double scale = 1 + jitter * (2 * random - 1);
    return Duration.ofNanos(Math.max(0, Math.round(base.toNanos() * scale)));
  }
}
