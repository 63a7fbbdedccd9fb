package dev.flotilla.config;

import java.util.Objects;

/**
 * One problem found in a configuration file, located by source, line and column (1-based; 0 when
 * the problem has no position, e.g. an environment variable or an unreadable file).
 *
 * @param path key path inside the document, e.g. {@code clusters[1].rest}; empty for the document
 *     as a whole
 */
public record ConfigError(
    String source, int line, int column, String path, Kind kind, String message) {

  /** What went wrong. */
  public enum Kind {
    /** The text is not valid YAML. */
    SYNTAX,
    /** The document has no content. */
    EMPTY,
    /** A key that no option declares. */
    UNKNOWN_KEY,
    /** A value of the wrong shape (text where a number, duration, URL or list is expected). */
    WRONG_TYPE,
    /** A required key is absent. */
    MISSING,
    /** A well-formed value that is not allowed (negative, duplicate, undefined reference…). */
    BAD_VALUE,
    /** The file could not be read. */
    IO
  }

  public ConfigError {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
  }

  /** Compiler-style text: {@code flotilla.yaml:12:5: clusters[1].rest: expected … but was …}. */
  public String format() {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ");
    if (!path.isEmpty()) {
      text.append(path).append(": ");
    }
    return text.append(message).toString();
  }
}
