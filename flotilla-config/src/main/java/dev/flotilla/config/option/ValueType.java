package dev.flotilla.config.option;

import org.snakeyaml.engine.v2.nodes.Node;

/** The type of an option: how to read it from a YAML node and how to name it in docs and errors. */
public interface ValueType<T> {

  /** Short name for the reference table, e.g. {@code duration}. */
  String name();

  /** What an error says was expected, e.g. {@code a duration like 10s, 5m, 1h}. */
  String expected();

  /** Converts a non-null node; throws with one problem per bad (sub-)node. */
  T read(Node node) throws ValueException;

  /** Converts plain text (defaults in docs, environment variables). */
  T fromText(String text) throws ValueException;
}
