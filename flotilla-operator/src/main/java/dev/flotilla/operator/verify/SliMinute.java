package dev.flotilla.operator.verify;

import dev.flotilla.model.SliState;
import java.time.Instant;
import java.util.Objects;

/** A job's SLI state in the minute starting at {@code minute}. */
public record SliMinute(Instant minute, SliState state) {
  public SliMinute {
    Objects.requireNonNull(minute, "minute");
    Objects.requireNonNull(state, "state");
  }
}
