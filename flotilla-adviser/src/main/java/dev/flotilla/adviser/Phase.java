package dev.flotilla.adviser;

import java.util.Locale;
import java.util.Optional;

/** Where in a job's life a failure happened. */
public enum Phase {
  STARTUP,
  RUNTIME,
  CHECKPOINT,
  RESTORE;

  /** Tolerant parse ("startup", " Restore "); empty for blank or unknown text. */
  public static Optional<Phase> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
