package dev.flotilla.operator.flink;

import java.time.Instant;
import java.util.Objects;

/** A completed savepoint and when it was triggered. */
public record SavepointRef(String path, Instant triggeredAt) {
  public SavepointRef {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("savepoint path must not be blank");
    }
    Objects.requireNonNull(triggeredAt, "triggeredAt");
  }
}
