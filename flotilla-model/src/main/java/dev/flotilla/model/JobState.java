package dev.flotilla.model;

import java.util.Locale;

/**
 * A Flink job status as reported by REST, plus {@link #UNKNOWN} when Flotilla could not observe it
 * (or Flink reported a status this version of Flotilla does not know).
 */
public enum JobState {
  INITIALIZING,
  CREATED,
  RUNNING,
  FAILING,
  FAILED,
  CANCELLING,
  CANCELED,
  FINISHED,
  RESTARTING,
  SUSPENDED,
  RECONCILING,
  UNKNOWN;

  /** Tolerant parse: unknown or missing text gives {@link #UNKNOWN}. */
  public static JobState parse(String text) {
    if (text == null || text.isBlank()) {
      return UNKNOWN;
    }
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  /** True for states from which the job will not come back by itself. */
  public boolean isTerminal() {
    return this == FAILED || this == CANCELED || this == FINISHED;
  }
}
