package dev.flotilla.adviser.fleet;

import java.time.Duration;
import java.util.Objects;

/**
 * When the same failure signature on several jobs becomes one platform incident. Defaults ({@link
 * #defaults()}): within a 5-minute window, at least 3 jobs that are also at least 50 % of their
 * cluster's jobs (cluster scope), or at least 5 jobs of one Flink version or one zone spread over
 * at least two clusters (version/zone scope).
 */
public record FleetThresholds(
    Duration window,
    int clusterMinJobs,
    double clusterMinShare,
    int versionMinJobs,
    int zoneMinJobs) {

  public FleetThresholds {
    Objects.requireNonNull(window, "window");
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("window must be positive, got " + window);
    }
    if (clusterMinJobs < 2 || versionMinJobs < 2 || zoneMinJobs < 2) {
      throw new IllegalArgumentException(
          "an incident needs at least 2 jobs (clusterMinJobs, versionMinJobs, zoneMinJobs)");
    }
    if (!(clusterMinShare > 0 && clusterMinShare <= 1)) {
      throw new IllegalArgumentException(
          "clusterMinShare must be in (0, 1], got " + clusterMinShare);
    }
  }

  public static FleetThresholds defaults() {
    return new FleetThresholds(Duration.ofMinutes(5), 3, 0.5, 5, 5);
  }
}
