package dev.flotilla.config;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A planned period during which a job (by job key) or a whole cluster is excluded from SLA
 * accounting. Exactly one of {@code job} and {@code cluster} is present; {@code to} is exclusive.
 */
public record MaintenanceWindow(
    Optional<String> job, Optional<String> cluster, Instant from, Instant to) {

  public MaintenanceWindow {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (job.isPresent() == cluster.isPresent()) {
      throw new IllegalArgumentException("a maintenance window names exactly one of job, cluster");
    }
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("maintenance window 'to' must be after 'from'");
    }
  }

  /** True when the window applies to this job (key and cluster) at this instant. */
  public boolean covers(String jobKey, String jobCluster, Instant at) {
    boolean target =
        job.map(jobKey::equals).orElse(false) || cluster.map(jobCluster::equals).orElse(false);
    return target && !at.isBefore(from) && at.isBefore(to);
  }
}
