package dev.flotilla.config.load;

import dev.flotilla.config.ConfigError.Kind;
import dev.flotilla.config.option.Option;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Checks that names are unique and that references point at defined clusters. */
final class References {
  private References() {}

  /** Reports every repeated name; returns the sections whose names were unique so far. */
  static void requireUniqueNames(
      Collection<Section> sections, Option<String> nameOption, String what, Problems problems) {
    Map<String, Integer> firstLine = new HashMap<>();
    for (Section s : sections) {
      Optional<Node> node = s.valueNode(nameOption.key());
      if (node.isEmpty() || !(node.get() instanceof ScalarNode scalar)) {
        continue;
      }
      int line = node.get().getStartMark().map(m -> m.getLine() + 1).orElse(0);
      Integer first = firstLine.putIfAbsent(scalar.getValue(), line);
      if (first != null) {
        problems.at(
            node.get(),
            s.pathOf(nameOption.key()),
            Kind.BAD_VALUE,
            "duplicate "
                + what
                + " name '"
                + scalar.getValue()
                + "' (first defined on line "
                + first
                + ")");
      }
    }
  }

  /**
   * Reports each cluster name under {@code option} (a scalar or a list of scalars) that is not
   * defined in {@code clusters}.
   */
  static void requireDefinedClusters(
      Section s, Option<?> option, Collection<String> clusters, Problems problems) {
    Optional<Node> node = s.valueNode(option.key());
    if (node.isEmpty()) {
      return;
    }
    if (node.get() instanceof ScalarNode scalar) {
      check(scalar, s.pathOf(option.key()), clusters, problems);
    } else if (node.get() instanceof SequenceNode sequence) {
      for (int i = 0; i < sequence.getValue().size(); i++) {
        if (sequence.getValue().get(i) instanceof ScalarNode item) {
          check(item, s.pathOf(option.key()) + "[" + i + "]", clusters, problems);
        }
      }
    }
  }

  private static void check(
      ScalarNode node, String path, Collection<String> clusters, Problems problems) {
    String name = node.getValue();
    if (clusters.contains(name) || name.isEmpty()) {
      return;
    }
    String hint = Suggestions.didYouMean(name, clusters);
    if (hint.isEmpty()) {
      hint =
          clusters.isEmpty()
              ? "; no clusters are defined"
              : "; defined: " + String.join(", ", clusters);
    }
    problems.at(node, path, Kind.BAD_VALUE, "undefined cluster '" + name + "'" + hint);
  }
}
