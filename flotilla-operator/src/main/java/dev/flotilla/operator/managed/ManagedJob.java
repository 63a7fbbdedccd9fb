package dev.flotilla.operator.managed;

import dev.flotilla.operator.workflow.Deployment;
import java.util.Objects;

/**
 * A job Flotilla owns: its key, the cluster it is placed on, its Flink job name, how to run it
 * (from flotilla.yaml's job spec), and the other clusters it may run on after a migration or memory
 * fix (its placement fallbacks), where a running copy counts as the job's copy.
 */
public record ManagedJob(
    String jobKey,
    String cluster,
    String flinkJobName,
    Deployment deployment,
    java.util.List<String> fallbacks) {

  public ManagedJob(String jobKey, String cluster, String flinkJobName, Deployment deployment) {
    this(jobKey, cluster, flinkJobName, deployment, java.util.List.of());
  }

  public ManagedJob {
    fallbacks = java.util.List.copyOf(fallbacks);
    if (jobKey == null || jobKey.isBlank()) {
      throw new IllegalArgumentException("managed job key must not be blank");
    }
    if (cluster == null || cluster.isBlank()) {
      throw new IllegalArgumentException("managed job " + jobKey + " needs a cluster");
    }
    if (flinkJobName == null || flinkJobName.isBlank()) {
      throw new IllegalArgumentException("managed job " + jobKey + " needs a Flink job name");
    }
    Objects.requireNonNull(deployment, "deployment of " + jobKey);
  }

  /** Its cluster first, then the fallbacks (without repeats). */
  public java.util.List<String> placement() {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
    all.add(cluster);
    all.addAll(fallbacks);
    return java.util.List.copyOf(all);
  }
}
