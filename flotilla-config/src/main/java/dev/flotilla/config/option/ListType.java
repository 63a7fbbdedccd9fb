package dev.flotilla.config.option;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** A YAML list whose elements all have one type; every bad element is reported. */
final class ListType<T> implements ValueType<List<T>> {
  private final ValueType<T> element;

  ListType(ValueType<T> element) {
    this.element = element;
  }

  @Override
  public String name() {
    return "list of " + element.name();
  }

  @Override
  public String expected() {
    return "a list of " + element.name();
  }

  @Override
  public List<T> read(Node node) throws ValueException {
    if (!(node instanceof SequenceNode sequence)) {
      throw ValueException.wrongType(
          "expected " + expected() + " (e.g. [a, b]) but was " + Shapes.describe(node));
    }
    List<T> values = new ArrayList<>();
    List<ValueException.Problem> problems = new ArrayList<>();
    List<Node> items = sequence.getValue();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      try {
        if (Shapes.isNull(item)) {
          throw ValueException.wrongType("expected " + element.expected() + " but was empty");
        }
        values.add(element.read(item));
      } catch (ValueException e) {
        for (ValueException.Problem p : e.problems()) {
          problems.add(
              new ValueException.Problem(
                  Optional.of(p.at().orElse(item)),
                  "[" + i + "]" + p.subPath(),
                  p.kind(),
                  p.message()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ValueException(problems);
    }
    return List.copyOf(values);
  }

  @Override
  public List<T> fromText(String text) throws ValueException {
    List<T> values = new ArrayList<>();
    String inner = text.trim();
    if (inner.startsWith("[") && inner.endsWith("]")) {
      inner = inner.substring(1, inner.length() - 1);
    }
    for (String part : inner.split(",")) {
      if (!part.isBlank()) {
        values.add(element.fromText(part.trim()));
      }
    }
    return List.copyOf(values);
  }
}
