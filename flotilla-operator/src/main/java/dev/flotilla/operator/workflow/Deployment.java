package dev.flotilla.operator.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How to run a job: the artifact, its entry class and arguments, parallelism and per-job Flink
 * configuration (passed to the program as {@code --conf.<key> <value>}).
 *
 * @param jarPath a local path of the job jar (uploaded to the target cluster before each run)
 */
public record Deployment(
    String jarPath,
    String entryClass,
    List<String> args,
    int parallelism,
    Map<String, String> flinkConfig) {

  public Deployment {
    if (jarPath == null || jarPath.isBlank()) {
      throw new IllegalArgumentException("deployment jarPath must not be blank");
    }
    if (entryClass == null || entryClass.isBlank()) {
      throw new IllegalArgumentException("deployment entryClass must not be blank");
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException(
          "deployment parallelism must be >= 1 but was " + parallelism);
    }
    args = List.copyOf(Objects.requireNonNull(args, "args"));
    flinkConfig = Map.copyOf(new TreeMap<>(Objects.requireNonNull(flinkConfig, "flinkConfig")));
  }

  /** Program arguments: {@link #args} then {@code --conf.<key> <value>} per config key, sorted. */
  public List<String> programArgs() {
    List<String> out = new ArrayList<>(args);
    new TreeMap<>(flinkConfig)
        .forEach(
            (k, v) -> {
              out.add("--conf." + k);
              out.add(v);
            });
    return List.copyOf(out);
  }

  public Deployment withParallelism(int p) {
    return new Deployment(jarPath, entryClass, args, p, flinkConfig);
  }

  public Deployment withJar(String jar) {
    return new Deployment(jar, entryClass, args, parallelism, flinkConfig);
  }

  /** This deployment with {@code changes} merged over its Flink configuration. */
  public Deployment withConfig(Map<String, String> changes) {
    Map<String, String> merged = new LinkedHashMap<>(flinkConfig);
    merged.putAll(changes);
    return new Deployment(jarPath, entryClass, args, parallelism, merged);
  }
}
