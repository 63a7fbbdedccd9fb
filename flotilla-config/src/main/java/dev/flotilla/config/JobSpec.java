package dev.flotilla.config;

import dev.flotilla.model.Tier;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A managed job: Flotilla owns its spec and may act on it. Its {@code name} is its stable job key.
 *
 * @param artifact jar path (absolute, resolved against the config file's directory) or URL
 * @param flinkConfig Flink configuration keys applied on submission
 * @param autoActions the automatic actions this job accepts; empty means "whatever policy allows"
 * @param flinkVersion the Flink version the job needs, if it cares
 */
public record JobSpec(
    String name,
    Tier tier,
    Optional<String> owner,
    String artifact,
    Optional<String> entryClass,
    List<String> args,
    int parallelism,
    OptionalInt maxParallelism,
    Map<String, String> flinkConfig,
    Placement placement,
    JobSlo slo,
    Optional<Set<AutoAction>> autoActions,
    Optional<String> flinkVersion) {

  public JobSpec {
    Names.requireName(name, "job name");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(artifact, "artifact");
    Objects.requireNonNull(entryClass, "entryClass");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(slo, "slo");
    Objects.requireNonNull(flinkVersion, "flinkVersion");
    if (artifact.isBlank()) {
      throw new IllegalArgumentException("artifact must not be blank");
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1 but was " + parallelism);
    }
    if (maxParallelism.isPresent() && maxParallelism.getAsInt() < parallelism) {
      throw new IllegalArgumentException(
          "max-parallelism ("
              + maxParallelism.getAsInt()
              + ") must be >= parallelism ("
              + parallelism
              + ")");
    }
    args = List.copyOf(args);
    flinkConfig = Map.copyOf(flinkConfig);
    autoActions = autoActions.map(Enums::immutableSet);
  }
}
