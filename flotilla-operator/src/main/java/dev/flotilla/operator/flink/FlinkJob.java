package dev.flotilla.operator.flink;

import dev.flotilla.model.JobState;
import java.util.Objects;

/** A job as listed by a cluster. */
public record FlinkJob(String cluster, String jobId, String name, JobState state) {
  public FlinkJob {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(state, "state");
  }
}
