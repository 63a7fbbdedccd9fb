package dev.flotilla.config.option;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Words for YAML node shapes in error messages. */
public final class Shapes {
  private Shapes() {}

  /** "a mapping", "a list", "'text'" or "empty". */
  public static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (isNull(node)) {
      return "empty";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }

  /** True for {@code ~}, {@code null} or nothing at all after the colon. */
  public static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }
}
