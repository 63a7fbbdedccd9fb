package dev.flotilla.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The latest known status of one Flink cluster.
 *
 * @param lastPollAt when the collector last polled it; the jobs of this cluster are as fresh as
 *     this
 */
public record ClusterRow(
    String name,
    String restUrl,
    Optional<String> flinkVersion,
    Optional<String> zone,
    boolean reachable,
    Optional<String> lastError,
    Instant lastPollAt,
    OptionalInt taskManagers,
    OptionalInt slotsTotal,
    OptionalInt slotsAvailable) {

  public ClusterRow {
    Require.text(name, "cluster name");
    Require.text(restUrl, "cluster rest url");
    Objects.requireNonNull(flinkVersion);
    Objects.requireNonNull(zone);
    Objects.requireNonNull(lastError);
    Objects.requireNonNull(lastPollAt);
    Objects.requireNonNull(taskManagers);
    Objects.requireNonNull(slotsTotal);
    Objects.requireNonNull(slotsAvailable);
  }
}
