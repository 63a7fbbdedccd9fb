package dev.flotilla.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@code /jobs/:id/checkpoints} said. Empty means "not reported", never zero.
 *
 * @param latestCompletedPath external path of the latest completed checkpoint, for restores
 */
public record CheckpointSummary(
    OptionalLong completed,
    OptionalLong failed,
    OptionalLong inProgress,
    Optional<Instant> latestCompletedAt,
    OptionalLong latestCompletedDurationMs,
    OptionalLong latestCompletedSizeBytes,
    Optional<String> latestCompletedPath,
    Optional<Instant> latestFailedAt,
    Optional<String> latestFailureMessage,
    Optional<String> latestSavepointPath,
    Optional<String> restoredFromPath) {

  public CheckpointSummary {
    Objects.requireNonNull(completed);
    Objects.requireNonNull(failed);
    Objects.requireNonNull(inProgress);
    Objects.requireNonNull(latestCompletedAt);
    Objects.requireNonNull(latestCompletedDurationMs);
    Objects.requireNonNull(latestCompletedSizeBytes);
    Objects.requireNonNull(latestCompletedPath);
    Objects.requireNonNull(latestFailedAt);
    Objects.requireNonNull(latestFailureMessage);
    Objects.requireNonNull(latestSavepointPath);
    Objects.requireNonNull(restoredFromPath);
  }

  public static CheckpointSummary notObserved() {
    return new CheckpointSummary(
        OptionalLong.empty(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        Optional.empty(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
