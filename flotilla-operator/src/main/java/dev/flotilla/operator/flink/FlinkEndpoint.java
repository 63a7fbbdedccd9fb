package dev.flotilla.operator.flink;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A cluster the operator may act on.
 *
 * @param checkpointDir the shared checkpoint directory ({@code execution.checkpointing.dir}), read
 *     when the JobManager is dead
 */
public record FlinkEndpoint(String name, URI rest, Optional<Path> checkpointDir) {
  public FlinkEndpoint {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("cluster name must not be blank");
    }
    Objects.requireNonNull(rest, "rest URL of cluster " + name);
    Objects.requireNonNull(checkpointDir, "checkpointDir");
    String text = rest.toString();
    if (!text.endsWith("/")) {
      rest = URI.create(text + "/");
    }
  }

  /**
   * Parses {@code name=url} or {@code name=url|checkpointDir}, e.g. {@code
   * a=http://localhost:8081|/data/checkpoints}.
   */
  public static FlinkEndpoint parse(String spec) {
    int eq = spec.indexOf('=');
    if (eq < 1 || eq == spec.length() - 1) {
      throw new IllegalArgumentException(
          "cluster '" + spec + "' must be name=url or name=url|checkpointDir");
    }
    String name = spec.substring(0, eq);
    String rest = spec.substring(eq + 1);
    Optional<Path> dir = Optional.empty();
    int bar = rest.indexOf('|');
    if (bar >= 0) {
      dir = Optional.of(Path.of(rest.substring(bar + 1)));
      rest = rest.substring(0, bar);
    }
    return new FlinkEndpoint(name, URI.create(rest), dir);
  }
}
