package dev.flotilla.config.load;

import dev.flotilla.config.AutoAction;
import dev.flotilla.config.ConfigError.Kind;
import dev.flotilla.config.JobSlo;
import dev.flotilla.config.JobSpec;
import dev.flotilla.config.Placement;
import dev.flotilla.config.option.JobOptions;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one entry of {@code jobs}. Cluster references are checked by {@link References}. */
final class JobReader {
  private static final Pattern URL_SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://.*");

  private JobReader() {}

  static Optional<JobSpec> read(Section s, Path baseDir, Problems problems) {
    Optional<String> name = s.find(JobOptions.NAME);
    var tier = s.get(JobOptions.TIER);
    var owner = s.find(JobOptions.OWNER);
    Optional<String> artifact = s.find(JobOptions.ARTIFACT).map(a -> resolveArtifact(a, baseDir));
    var entryClass = s.find(JobOptions.ENTRY_CLASS);
    var args = s.get(JobOptions.ARGS);
    int parallelism = s.get(JobOptions.PARALLELISM);
    OptionalInt maxParallelism = optionalInt(s.find(JobOptions.MAX_PARALLELISM));
    var config = s.get(JobOptions.CONFIG);
    Optional<Placement> placement = placement(s, problems);
    JobSlo slo =
        new JobSlo(
            s.find(JobOptions.SLO_MAX_CHECKPOINT_AGE),
            s.find(JobOptions.SLO_MAX_LAG).map(OptionalLong::of).orElse(OptionalLong.empty()),
            optionalInt(s.find(JobOptions.SLO_MAX_RESTARTS_PER_HOUR)));
    Optional<Set<AutoAction>> actions = s.find(JobOptions.AUTO_ACTIONS).map(JobReader::toSet);
    var flink = s.find(JobOptions.FLINK);
    if (maxParallelism.isPresent() && maxParallelism.getAsInt() < parallelism) {
      problems.at(
          s.nodeOrSelf(JobOptions.MAX_PARALLELISM.key()),
          s.pathOf(JobOptions.MAX_PARALLELISM.key()),
          Kind.BAD_VALUE,
          "must be ≥ parallelism (" + parallelism + ") but was " + maxParallelism.getAsInt());
      return Optional.empty();
    }
    if (name.isEmpty() || artifact.isEmpty() || placement.isEmpty()) {
      return Optional.empty();
    }
    return problems.build(
        s.node(),
        s.path(),
        () ->
            new JobSpec(
                name.get(),
                tier,
                owner,
                artifact.get(),
                entryClass,
                args,
                parallelism,
                maxParallelism,
                config,
                placement.get(),
                slo,
                actions,
                flink));
  }

  private static Optional<Placement> placement(Section s, Problems problems) {
    Optional<String> preferred = s.find(JobOptions.PLACEMENT_PREFERRED);
    List<String> fallback = s.get(JobOptions.PLACEMENT_FALLBACK);
    if (preferred.isPresent() && fallback.contains(preferred.get())) {
      problems.at(
          s.nodeOrSelf(JobOptions.PLACEMENT_FALLBACK.key()),
          s.pathOf(JobOptions.PLACEMENT_FALLBACK.key()),
          Kind.BAD_VALUE,
          "must not repeat the preferred cluster '" + preferred.get() + "'");
      return Optional.empty();
    }
    return preferred.map(p -> new Placement(p, fallback));
  }

  /** Relative jar paths are resolved against the configuration file's directory. */
  static String resolveArtifact(String artifact, Path baseDir) {
    if (URL_SCHEME.matcher(artifact).matches() || artifact.startsWith("file:")) {
      return artifact;
    }
    return baseDir.resolve(artifact).toAbsolutePath().normalize().toString();
  }

  private static OptionalInt optionalInt(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  private static Set<AutoAction> toSet(List<AutoAction> actions) {
    return actions.isEmpty() ? Set.of() : EnumSet.copyOf(actions);
  }
}
