package dev.flotilla.config.option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** A mapping of text to text, such as Flink configuration keys or labels. */
final class StringMapType implements ValueType<Map<String, String>> {

  @Override
  public String name() {
    return "map of string to string";
  }

  @Override
  public String expected() {
    return "a mapping of keys to values";
  }

  @Override
  public Map<String, String> read(Node node) throws ValueException {
    if (!(node instanceof MappingNode mapping)) {
      throw ValueException.wrongType(
          "expected " + expected() + " (e.g. {a: b}) but was " + Shapes.describe(node));
    }
    Map<String, String> values = new LinkedHashMap<>();
    List<ValueException.Problem> problems = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        problems.add(problem(tuple.getKeyNode(), "", "keys must be plain text"));
        continue;
      }
      Node value = tuple.getValueNode();
      String sub = "." + key.getValue();
      if (!(value instanceof ScalarNode scalar) || Shapes.isNull(value)) {
        problems.add(
            problem(value, sub, "expected a single value but was " + Shapes.describe(value)));
      } else if (values.putIfAbsent(key.getValue(), scalar.getValue()) != null) {
        problems.add(
            new ValueException.Problem(
                Optional.of(key),
                sub,
                dev.flotilla.config.ConfigError.Kind.BAD_VALUE,
                "duplicate key '" + key.getValue() + "'"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValueException(problems);
    }
    return values;
  }

  private static ValueException.Problem problem(Node at, String sub, String message) {
    return new ValueException.Problem(
        Optional.of(at), sub, dev.flotilla.config.ConfigError.Kind.WRONG_TYPE, message);
  }

  @Override
  public Map<String, String> fromText(String text) throws ValueException {
    Map<String, String> values = new LinkedHashMap<>();
    String inner = text.trim();
    if (inner.startsWith("{") && inner.endsWith("}")) {
      inner = inner.substring(1, inner.length() - 1);
    }
    for (String part : inner.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      int colon = part.indexOf(':');
      if (colon < 0) {
        throw ValueException.wrongType("expected key: value but was '" + part.trim() + "'");
      }
      values.put(part.substring(0, colon).trim(), part.substring(colon + 1).trim());
    }
    return values;
  }
}
