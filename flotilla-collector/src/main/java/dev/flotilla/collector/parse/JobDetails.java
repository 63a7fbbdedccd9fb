package dev.flotilla.collector.parse;

import dev.flotilla.model.JobState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@code /jobs/:id} says.
 *
 * @param schedulerType "Default" or "Adaptive" (absent before Flink 1.19)
 * @param statusCounts {@code status-counts}: task status → count
 */
public record JobDetails(
    String jobId,
    String name,
    JobState state,
    Optional<Instant> startTime,
    OptionalInt maxParallelism,
    Optional<String> schedulerType,
    Map<String, Integer> statusCounts,
    List<VertexDetail> vertices) {
  public JobDetails {
    Objects.requireNonNull(jobId);
    Objects.requireNonNull(name);
    Objects.requireNonNull(state);
    Objects.requireNonNull(startTime);
    Objects.requireNonNull(maxParallelism);
    Objects.requireNonNull(schedulerType);
    statusCounts = Map.copyOf(statusCounts);
    vertices = List.copyOf(vertices);
  }

  /** The largest vertex parallelism: the job's parallelism as users set it. */
  public OptionalInt parallelism() {
    return vertices.stream().mapToInt(VertexDetail::parallelism).max();
  }
}
