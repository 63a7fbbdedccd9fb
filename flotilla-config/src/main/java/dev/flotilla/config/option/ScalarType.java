package dev.flotilla.config.option;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** A type read from a single YAML scalar. */
final class ScalarType<T> implements ValueType<T> {

  /** Text to value; throws {@link ValueException} with the reason. */
  @FunctionalInterface
  interface Parser<T> {
    T parse(String text) throws ValueException;
  }

  private final String name;
  private final String expected;
  private final Parser<T> parser;

  ScalarType(String name, String expected, Parser<T> parser) {
    this.name = name;
    this.expected = expected;
    this.parser = parser;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String expected() {
    return expected;
  }

  @Override
  public T read(Node node) throws ValueException {
    if (!(node instanceof ScalarNode scalar)) {
      throw ValueException.wrongType("expected " + expected + " but was " + Shapes.describe(node));
    }
    return fromText(scalar.getValue());
  }

  @Override
  public T fromText(String text) throws ValueException {
    return parser.parse(text);
  }
}
