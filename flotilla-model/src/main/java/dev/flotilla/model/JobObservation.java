package dev.flotilla.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one poll saw of one job. A job on an unreachable cluster is observed with state {@link
 * JobState#UNKNOWN} and {@code unknownReason} saying why.
 *
 * @param taskCounts task status → count, from the job overview ({@code tasks{running, ...}})
 * @param exceptions newest first
 * @param detailed true when details (vertices, metrics, checkpoints, exceptions) were fetched in
 *     this poll; false when only the overview was read
 */
public record JobObservation(
    String cluster,
    String jobId,
    String name,
    JobState state,
    Instant observedAt,
    Optional<Instant> startTime,
    Optional<String> unknownReason,
    Map<String, Integer> taskCounts,
    OptionalInt parallelism,
    boolean detailed,
    JobMetrics metrics,
    CheckpointSummary checkpoints,
    List<VertexObservation> vertices,
    List<ExceptionRecord> exceptions) {

  public JobObservation {
    Objects.requireNonNull(cluster);
    Objects.requireNonNull(jobId);
    Objects.requireNonNull(name);
    Objects.requireNonNull(state);
    Objects.requireNonNull(observedAt);
    Objects.requireNonNull(startTime);
    Objects.requireNonNull(unknownReason);
    taskCounts = Map.copyOf(taskCounts);
    Objects.requireNonNull(parallelism);
    Objects.requireNonNull(metrics);
    Objects.requireNonNull(checkpoints);
    vertices = List.copyOf(vertices);
    exceptions = List.copyOf(exceptions);
  }

  /** A job Flotilla could not observe (cluster down, request failed). */
  public static JobObservation unknown(
      String cluster, String jobId, String name, Instant at, String reason) {
    return new JobObservation(
        cluster,
        jobId,
        name,
        JobState.UNKNOWN,
        at,
        Optional.empty(),
        Optional.of(reason),
        Map.of(),
        OptionalInt.empty(),
        false,
        JobMetrics.notObserved(),
        CheckpointSummary.notObserved(),
        List.of(),
        List.of());
  }

  /** A copy with details replaced (used by the collector after fetching per-job endpoints). */
  public JobObservation withDetails(
      OptionalInt parallelism,
      JobMetrics metrics,
      CheckpointSummary checkpoints,
      List<VertexObservation> vertices,
      List<ExceptionRecord> exceptions) {
    return new JobObservation(
        cluster,
        jobId,
        name,
        state,
        observedAt,
        startTime,
        unknownReason,
        taskCounts,
        parallelism,
        true,
        metrics,
        checkpoints,
        vertices,
        exceptions);
  }
}
