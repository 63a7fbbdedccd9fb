package dev.flotilla.sim;

import java.util.List;
import java.util.Objects;

/** One fake Flink cluster: its version, TaskManagers and jobs. */
public record SimCluster(String name, String flinkVersion, int taskManagers, List<SimJob> jobs) {
  public SimCluster {
    Objects.requireNonNull(name);
    Objects.requireNonNull(flinkVersion);
    jobs = List.copyOf(jobs);
    if (!name.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("cluster name must be a URL path segment: '" + name + "'");
    }
  }

  /** True for 1.x versions, whose exception JSON still has root-exception / all-exceptions. */
  public boolean legacyExceptions() {
    return flinkVersion.startsWith("1.");
  }
}
