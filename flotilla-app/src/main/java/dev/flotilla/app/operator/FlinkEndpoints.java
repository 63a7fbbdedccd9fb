package dev.flotilla.app.operator;

import dev.flotilla.config.ClusterSettings;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.operator.flink.FlinkEndpoint;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The configured clusters as the operator's Flink endpoints; a {@code file:} shared-storage URI is
 * the checkpoint directory used to restore when a JobManager is dead.
 */
public final class FlinkEndpoints {
  private FlinkEndpoints() {}

  public static List<FlinkEndpoint> from(FlotillaConfig config) {
    return config.clusters().stream().map(FlinkEndpoints::of).toList();
  }

  static FlinkEndpoint of(ClusterSettings c) {
    Optional<Path> checkpoints =
        c.sharedStorage().filter(u -> "file".equals(u.getScheme())).map(Path::of);
    return new FlinkEndpoint(c.name(), c.rest(), checkpoints);
  }
}
