package dev.flotilla.adviser.live;

import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.JobObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a detector sees of one job in one cycle.
 *
 * @param history the job's observations, oldest first, the current one last (never empty)
 * @param clusterHistory the job's cluster observations, oldest first (may be empty)
 * @param exception the newest exception-history entries read by the text adviser, if any are
 *     current
 * @param checkpointTimeout the job's configured checkpoint timeout
 */
public record JobContext(
    String jobKey,
    List<JobObservation> history,
    List<ClusterObservation> clusterHistory,
    Optional<ExceptionReading> exception,
    Duration checkpointTimeout,
    Instant now) {

  public JobContext {
    Objects.requireNonNull(jobKey, "jobKey");
    history = List.copyOf(history);
    clusterHistory = List.copyOf(clusterHistory);
    Objects.requireNonNull(exception, "exception");
    Objects.requireNonNull(checkpointTimeout, "checkpointTimeout");
    Objects.requireNonNull(now, "now");
    if (history.isEmpty()) {
      throw new IllegalArgumentException("job " + jobKey + ": history must not be empty");
    }
  }

  public JobObservation latest() {
    return history.get(history.size() - 1);
  }

  public String cluster() {
    return latest().cluster();
  }

  public Optional<ClusterObservation> latestCluster() {
    return clusterHistory.isEmpty()
        ? Optional.empty()
        : Optional.of(clusterHistory.get(clusterHistory.size() - 1));
  }

  /** Observations of the same Flink job (same job id as the latest) no older than {@code d}. */
  public List<JobObservation> within(Duration d) {
    Instant from = now.minus(d);
    String id = latest().jobId();
    return history.stream()
        .filter(o -> o.jobId().equals(id) && !o.observedAt().isBefore(from))
        .toList();
  }
}
