package dev.flotilla.app.loop;

import dev.flotilla.collector.ClusterTarget;
import dev.flotilla.config.ClusterSettings;
import dev.flotilla.config.FlotillaConfig;
import java.util.List;

/** The collector's view of the configured clusters. */
public final class ClusterTargets {
  private ClusterTargets() {}

  public static List<ClusterTarget> from(FlotillaConfig config) {
    return config.clusters().stream().map(ClusterTargets::target).toList();
  }

  public static ClusterTarget target(ClusterSettings c) {
    return new ClusterTarget(
        c.name(), c.rest(), c.flinkVersion(), c.requestTimeout(), c.maxConcurrentRequests());
  }
}
