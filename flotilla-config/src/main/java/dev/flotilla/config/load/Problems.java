package dev.flotilla.config.load;

import dev.flotilla.config.ConfigError;
import dev.flotilla.config.ConfigError.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects every error of one load, each located by the node it concerns. */
final class Problems {
  private final String source;
  private final List<ConfigError> errors = new ArrayList<>();

  Problems(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  void at(Node node, String path, Kind kind, String message) {
    at(node.getStartMark(), path, kind, message);
  }

  void at(Optional<Mark> mark, String path, Kind kind, String message) {
    int line = mark.map(m -> m.getLine() + 1).orElse(0);
    int column = mark.map(m -> m.getColumn() + 1).orElse(0);
    errors.add(new ConfigError(source, line, column, path, kind, message));
  }

  /** An error about the file as a whole, placed at its first line. */
  void atStart(Kind kind, String message) {
    errors.add(new ConfigError(source, 1, 1, "", kind, message));
  }

  /** An error outside the file, e.g. in an environment variable. */
  void outside(String otherSource, String path, Kind kind, String message) {
    errors.add(new ConfigError(otherSource, 0, 0, path, kind, message));
  }

  /**
   * Builds a record; a validation failure of its constructor becomes a BAD_VALUE error at the node
   * (a safety net: readers check values with exact positions first).
   */
  <T> Optional<T> build(Node node, String path, Supplier<T> constructor) {
    try {
      return Optional.of(constructor.get());
    } catch (IllegalArgumentException e) {
      at(node, path, Kind.BAD_VALUE, e.getMessage());
      return Optional.empty();
    }
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Errors in file order; errors without a position last. */
  List<ConfigError> sorted() {
    return errors.stream()
        .sorted(
            Comparator.comparing((ConfigError e) -> e.line() == 0)
                .thenComparingInt(ConfigError::line)
                .thenComparingInt(ConfigError::column))
        .toList();
  }
}
