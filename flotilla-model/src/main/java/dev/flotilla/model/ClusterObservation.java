package dev.flotilla.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one poll saw of a cluster as a whole. When {@code reachable} is false, {@code error} says
 * why and every other optional is empty.
 */
public record ClusterObservation(
    String cluster,
    Instant observedAt,
    boolean reachable,
    Optional<String> error,
    Optional<String> flinkVersion,
    OptionalInt taskManagers,
    OptionalInt slotsTotal,
    OptionalInt slotsAvailable,
    List<TaskManagerObservation> taskManagerDetails,
    Duration pollLatency) {

  public ClusterObservation {
    Objects.requireNonNull(cluster);
    Objects.requireNonNull(observedAt);
    Objects.requireNonNull(error);
    Objects.requireNonNull(flinkVersion);
    Objects.requireNonNull(taskManagers);
    Objects.requireNonNull(slotsTotal);
    Objects.requireNonNull(slotsAvailable);
    taskManagerDetails = List.copyOf(taskManagerDetails);
    Objects.requireNonNull(pollLatency);
  }

  public static ClusterObservation unreachable(
      String cluster, Instant at, String reason, Duration latency) {
    return new ClusterObservation(
        cluster,
        at,
        false,
        Optional.of(reason),
        Optional.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        List.of(),
        latency);
  }
}
