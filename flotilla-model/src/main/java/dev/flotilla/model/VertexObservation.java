package dev.flotilla.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One vertex (chain of operators) of a job.
 *
 * @param backpressureLevel "ok", "low" or "high" when sampled
 * @param maxBackpressureRatio highest subtask back-pressured ratio, 0..1
 * @param maxBusyRatio highest subtask busy ratio, 0..1 (busyTimeMsPerSecond / 1000)
 * @param recordsInSkew Flink's aggregated {@code skew} of numRecordsIn over subtasks, 0..100
 */
public record VertexObservation(
    String id,
    String name,
    int parallelism,
    String status,
    Optional<String> backpressureLevel,
    OptionalDouble maxBackpressureRatio,
    OptionalDouble maxBusyRatio,
    OptionalDouble recordsInSkew,
    OptionalLong recordsIn,
    OptionalLong recordsOut) {

  public VertexObservation {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
    Objects.requireNonNull(status);
    Objects.requireNonNull(backpressureLevel);
    Objects.requireNonNull(maxBackpressureRatio);
    Objects.requireNonNull(maxBusyRatio);
    Objects.requireNonNull(recordsInSkew);
    Objects.requireNonNull(recordsIn);
    Objects.requireNonNull(recordsOut);
  }
}
