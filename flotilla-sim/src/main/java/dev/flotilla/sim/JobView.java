package dev.flotilla.sim;

import dev.flotilla.model.JobState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a simulated job looks like at one instant; rendered as Flink JSON by the server and as a
 * {@code JobObservation} by {@link SimObservations}.
 *
 * @param tasks Flink task status (lower case) → count, every status present
 * @param exceptions newest first, at most {@link SimModel#EXCEPTION_HISTORY_SIZE}
 * @param segment the non-HEALTHY segment the job is in, if any
 */
public record JobView(
    SimJob job,
    Instant at,
    JobState state,
    Map<String, Integer> tasks,
    Instant startTime,
    long numRestarts,
    List<SimException> exceptions,
    Instant latestCheckpointAt,
    long completedCheckpoints,
    Optional<Segment> segment) {
  public JobView {
    Objects.requireNonNull(job);
    Objects.requireNonNull(at);
    Objects.requireNonNull(state);
    tasks = Map.copyOf(tasks);
    Objects.requireNonNull(startTime);
    exceptions = List.copyOf(exceptions);
    Objects.requireNonNull(latestCheckpointAt);
    Objects.requireNonNull(segment);
  }

  public Phase phase() {
    return segment.map(Segment::phase).orElse(Phase.HEALTHY);
  }

  public int totalTasks() {
    return tasks.values().stream().mapToInt(Integer::intValue).sum();
  }
}
