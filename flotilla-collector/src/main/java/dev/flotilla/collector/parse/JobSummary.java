package dev.flotilla.collector.parse;

import dev.flotilla.model.JobState;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One entry of {@code /jobs/overview}. */
public record JobSummary(
    String jobId,
    String name,
    JobState state,
    Optional<Instant> startTime,
    Map<String, Integer> taskCounts) {
  public JobSummary {
    Objects.requireNonNull(jobId);
    Objects.requireNonNull(name);
    Objects.requireNonNull(state);
    Objects.requireNonNull(startTime);
    taskCounts = Map.copyOf(taskCounts);
  }
}
