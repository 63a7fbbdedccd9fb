package dev.flotilla.operator.managed;

import dev.flotilla.operator.workflow.Deployment;
import java.util.Objects;

/**
 * A job Flotilla owns: its key, the cluster it is placed on, its Flink job name, and how to run it
 * (from flotilla.yaml's job spec).
 */
public record ManagedJob(
    String jobKey, String cluster, String flinkJobName, Deployment deployment) {
  public ManagedJob {
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
}
