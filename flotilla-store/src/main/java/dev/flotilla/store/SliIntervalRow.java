package dev.flotilla.store;

import dev.flotilla.model.SliInterval;
import java.util.Objects;

/** An SLI interval as stored, with the id the store gave it. */
public record SliIntervalRow(long id, SliInterval interval) {

  public SliIntervalRow {
    if (id <= 0) {
      throw new IllegalArgumentException("interval id must be positive but was " + id);
    }
    Objects.requireNonNull(interval);
  }
}
