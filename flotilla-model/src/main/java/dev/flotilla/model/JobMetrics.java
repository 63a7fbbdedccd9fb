package dev.flotilla.model;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Job-level metrics from {@code /jobs/:id/metrics}. Empty means not observed (never zero).
 *
 * @param consumerLag records of lag where a source exposes it (e.g. Kafka records-lag-max)
 */
public record JobMetrics(
    OptionalLong numRestarts,
    OptionalLong uptimeMs,
    OptionalLong restartingTimeMs,
    OptionalLong numberOfFailedCheckpoints,
    OptionalLong numberOfCompletedCheckpoints,
    OptionalLong lastCheckpointDurationMs,
    OptionalDouble consumerLag) {

  public JobMetrics {
    Objects.requireNonNull(numRestarts);
    Objects.requireNonNull(uptimeMs);
    Objects.requireNonNull(restartingTimeMs);
    Objects.requireNonNull(numberOfFailedCheckpoints);
    Objects.requireNonNull(numberOfCompletedCheckpoints);
    Objects.requireNonNull(lastCheckpointDurationMs);
    Objects.requireNonNull(consumerLag);
  }

  public static JobMetrics notObserved() {
    return new JobMetrics(
        OptionalLong.empty(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        OptionalDouble.empty());
  }
}
