package dev.flotilla.adviser.fleet;

import java.util.Objects;
import java.util.Optional;

/** Where a job runs: its cluster, that cluster's Flink version and zone when known. */
public record JobPlacement(
    String jobKey, String cluster, Optional<String> flinkVersion, Optional<String> zone) {
  public JobPlacement {
    Objects.requireNonNull(jobKey, "jobKey");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(flinkVersion, "flinkVersion");
    Objects.requireNonNull(zone, "zone");
  }
}
