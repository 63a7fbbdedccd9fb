package dev.flotilla.config.load;

import dev.flotilla.config.ClusterSettings;
import dev.flotilla.config.CollectorSettings;
import dev.flotilla.config.ConfigError.Kind;
import dev.flotilla.config.ConfigResult;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.JobSpec;
import dev.flotilla.config.NotificationChannel;
import dev.flotilla.config.PolicySettings;
import dev.flotilla.config.ServerSettings;
import dev.flotilla.config.SlaSettings;
import dev.flotilla.config.StoreSettings;
import dev.flotilla.config.option.ClusterOptions;
import dev.flotilla.config.option.CollectorOptions;
import dev.flotilla.config.option.ConfigSchema;
import dev.flotilla.config.option.JobOptions;
import dev.flotilla.config.option.NotificationOptions;
import dev.flotilla.config.option.PolicyOptions;
import dev.flotilla.config.option.ServerOptions;
import dev.flotilla.config.option.SlaOptions;
import dev.flotilla.config.option.StoreOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a composed YAML document into a {@link FlotillaConfig}, collecting every error. */
final class DocumentReader {
  private final Problems problems;
  private final Path baseDir;
  private final Map<String, String> env;

  DocumentReader(Problems problems, Path baseDir, Map<String, String> env) {
    this.problems = problems;
    this.baseDir = baseDir;
    this.env = env;
  }

  ConfigResult read(Node root, Path sourceFile) {
    Optional<Section> document = Section.of(root, "", ConfigSchema.SECTIONS, problems, env);
    if (document.isEmpty()) {
      return ConfigResult.invalid(problems.sorted());
    }
    Section doc = document.get();
    StoreSettings store =
        StoreReader.read(section(doc, "store", StoreOptions.GROUP.keyPaths()), baseDir);

    List<Section> clusterSections = doc.elements("clusters", ClusterOptions.GROUP);
    requireClusters(doc, clusterSections);
    References.requireUniqueNames(clusterSections, ClusterOptions.NAME, "cluster", problems);
    List<ClusterSettings> clusters = new ArrayList<>();
    clusterSections.forEach(c -> ClusterReader.read(c, problems).ifPresent(clusters::add));
    List<String> clusterNames = clusters.stream().map(ClusterSettings::name).toList();
    // References are checked only when every cluster was read, or a broken cluster would cascade.
    boolean clustersComplete = clusterNames.size() == clusterSections.size();
    Map<String, ClusterSettings> byName = new HashMap<>();
    clusters.forEach(c -> byName.putIfAbsent(c.name(), c));

    List<Section> jobSections = doc.elements("jobs", JobOptions.GROUP);
    References.requireUniqueNames(jobSections, JobOptions.NAME, "job", problems);
    List<JobSpec> jobs = new ArrayList<>();
    for (Section j : jobSections) {
      Optional<JobSpec> job = JobReader.read(j, baseDir, problems);
      job.ifPresent(jobs::add);
      if (clustersComplete) {
        References.requireDefinedClusters(
            j, JobOptions.PLACEMENT_PREFERRED, clusterNames, problems);
        References.requireDefinedClusters(j, JobOptions.PLACEMENT_FALLBACK, clusterNames, problems);
        job.ifPresent(spec -> FlinkCompatibility.check(j, spec, byName, problems));
      }
    }

    Optional<PolicySettings> policy =
        PolicyReader.read(section(doc, "policy", PolicyOptions.GROUP.keyPaths()), problems);
    Optional<SlaSettings> sla =
        SlaReader.read(
            section(doc, "sla", SlaOptions.GROUP.keyPaths()),
            clustersComplete ? Optional.of(clusterNames) : Optional.empty(),
            problems);
    Optional<CollectorSettings> collector =
        CollectorReader.read(
            section(doc, "collector", CollectorOptions.GROUP.keyPaths()), problems);
    Optional<ServerSettings> server =
        ServerReader.read(section(doc, "server", ServerOptions.GROUP.keyPaths()), env, problems);

    List<NotificationChannel> notifications =
        NotificationReader.read(
            section(doc, "notifications", NotificationOptions.GROUP.keyPaths()), problems);

    if (!problems.isEmpty()) {
      return ConfigResult.invalid(problems.sorted());
    }
    Optional<FlotillaConfig> config =
        problems.build(
            root,
            "",
            () ->
                new FlotillaConfig(
                    store,
                    clusters,
                    jobs,
                    policy.orElseThrow(),
                    sla.orElseThrow(),
                    collector.orElseThrow(),
                    server.orElseThrow(),
                    sourceFile,
                    notifications));
    return config.map(ConfigResult::valid).orElseGet(() -> ConfigResult.invalid(problems.sorted()));
  }

  private Section section(Section doc, String key, java.util.Set<String> keyPaths) {
    Optional<Node> node = doc.valueNode(key);
    if (node.isEmpty()) {
      return Section.absent(doc.node(), key, problems, env);
    }
    return Section.of(node.get(), key, keyPaths, problems, env)
        .orElseGet(() -> Section.absent(node.get(), key, problems, env));
  }

  private void requireClusters(Section doc, List<Section> clusterSections) {
    Optional<Node> node = doc.valueNode("clusters");
    if (node.isEmpty()) {
      problems.at(
          doc.node(),
          "clusters",
          Kind.MISSING,
          "missing required key; expected a list of Flink clusters (name, rest, …)");
    } else if (clusterSections.isEmpty() && problems.isEmpty()) {
      problems.at(node.get(), "clusters", Kind.BAD_VALUE, "at least one cluster is required");
    }
  }
}
