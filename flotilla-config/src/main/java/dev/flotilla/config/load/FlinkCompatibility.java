package dev.flotilla.config.load;

import dev.flotilla.config.ClusterSettings;
import dev.flotilla.config.ConfigError.Kind;
import dev.flotilla.config.JobSpec;
import dev.flotilla.config.option.JobOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A job that declares the Flink version it needs must not be placed on a cluster that declares a
 * different one ({@code 1.20} matches {@code 1.20} and {@code 1.20.3}). Only declared versions are
 * compared; the collector checks observed ones.
 */
final class FlinkCompatibility {
  private FlinkCompatibility() {}

  static boolean compatible(String needed, String declared) {
    return declared.equals(needed) || declared.startsWith(needed + ".");
  }

  static void check(
      Section s, JobSpec job, Map<String, ClusterSettings> clusters, Problems problems) {
    if (job.flinkVersion().isEmpty()) {
      return;
    }
    String needed = job.flinkVersion().get();
    for (NamedNode placed : placementNodes(s)) {
      Optional<String> declared =
          Optional.ofNullable(clusters.get(placed.name())).flatMap(ClusterSettings::flinkVersion);
      if (declared.isPresent() && !compatible(needed, declared.get())) {
        problems.at(
            placed.node(),
            placed.path(),
            Kind.BAD_VALUE,
            "job needs Flink "
                + needed
                + " but cluster '"
                + placed.name()
                + "' declares Flink "
                + declared.get());
      }
    }
  }

  private record NamedNode(String name, Node node, String path) {}

  private static List<NamedNode> placementNodes(Section s) {
    List<NamedNode> nodes = new java.util.ArrayList<>();
    String preferredKey = JobOptions.PLACEMENT_PREFERRED.key();
    s.valueNode(preferredKey)
        .filter(ScalarNode.class::isInstance)
        .ifPresent(
            n -> nodes.add(new NamedNode(((ScalarNode) n).getValue(), n, s.pathOf(preferredKey))));
    String fallbackKey = JobOptions.PLACEMENT_FALLBACK.key();
    s.valueNode(fallbackKey)
        .filter(SequenceNode.class::isInstance)
        .ifPresent(
            n -> {
              List<Node> items = ((SequenceNode) n).getValue();
              for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof ScalarNode item) {
                  nodes.add(
                      new NamedNode(item.getValue(), item, s.pathOf(fallbackKey) + "[" + i + "]"));
                }
              }
            });
    return nodes;
  }
}
