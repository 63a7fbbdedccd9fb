package dev.flotilla.collector.parse;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** What {@code /overview} says about a cluster. */
public record OverviewInfo(
    Optional<String> flinkVersion,
    OptionalInt taskManagers,
    OptionalInt slotsTotal,
    OptionalInt slotsAvailable) {
  public OverviewInfo {
    Objects.requireNonNull(flinkVersion);
    Objects.requireNonNull(taskManagers);
    Objects.requireNonNull(slotsTotal);
    Objects.requireNonNull(slotsAvailable);
  }
}
