package dev.flotilla.model;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** One TaskManager of a cluster, from {@code /taskmanagers} and its JVM metrics. */
public record TaskManagerObservation(
    String id,
    OptionalInt slots,
    OptionalInt freeSlots,
    OptionalLong heapUsedBytes,
    OptionalLong heapMaxBytes,
    OptionalLong gcCount) {

  public TaskManagerObservation {
    Objects.requireNonNull(id);
    Objects.requireNonNull(slots);
    Objects.requireNonNull(freeSlots);
    Objects.requireNonNull(heapUsedBytes);
    Objects.requireNonNull(heapMaxBytes);
    Objects.requireNonNull(gcCount);
  }
}
