package dev.flotilla.model;

import java.util.List;
import java.util.Objects;

/** One poll of one cluster: the cluster itself and every job seen (or assumed) on it. */
public record ClusterSnapshot(ClusterObservation cluster, List<JobObservation> jobs) {
  public ClusterSnapshot {
    Objects.requireNonNull(cluster);
    jobs = List.copyOf(jobs);
  }
}
