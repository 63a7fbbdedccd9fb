package dev.flotilla.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * When to remind a channel that a key is still open: the first reminder {@code first} after the
 * open was sent, then each gap {@code factor} times the previous one, never more than {@code max}.
 * With 1h, ×2, 24h: reminders at +1h, +3h, +7h, +15h, +31h, +55h, ...
 */
public record ReminderSchedule(boolean enabled, Duration first, int factor, Duration max) {

  public ReminderSchedule {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(max, "max");
    if (enabled && (first.isZero() || first.isNegative())) {
      throw new IllegalArgumentException("reminder first delay must be positive but was " + first);
    }
    if (factor < 1) {
      throw new IllegalArgumentException("reminder factor must be >= 1 but was " + factor);
    }
    if (enabled && max.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "reminder max delay " + max + " must be >= first delay " + first);
    }
  }

  /** 1h, then 2h, 4h, ... capped at 24h. */
  public static ReminderSchedule defaults() {
    return new ReminderSchedule(true, Duration.ofHours(1), 2, Duration.ofHours(24));
  }

  public static ReminderSchedule none() {
    return new ReminderSchedule(false, Duration.ofHours(1), 1, Duration.ofHours(1));
  }

  /** The gap before the next reminder, after {@code remindersSent} reminders were sent. */
  public Duration delayAfter(int remindersSent) {
    Duration delay = first;
    for (int i = 0; i < remindersSent && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(factor);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
