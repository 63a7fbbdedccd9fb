package dev.flotilla.adviser.postmortem;

import java.time.Instant;
import java.util.Objects;

/** One line of a post-mortem timeline. */
public record TimelineEntry(Instant at, Kind kind, String text) {
  /** What happened. */
  public enum Kind {
    STATE,
    EXCEPTION,
    METRIC,
    DIAGNOSIS,
    SLI,
    ACTION
  }

  public TimelineEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
