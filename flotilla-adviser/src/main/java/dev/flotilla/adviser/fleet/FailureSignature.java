package dev.flotilla.adviser.fleet;

import dev.flotilla.adviser.Label;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A failure signature: the label plus the exception class and message with everything that differs
 * between jobs or runs (endpoints, ids, numbers, paths) replaced by placeholders. Two jobs failing
 * for the same reason get the same signature.
 */
public final class FailureSignature {
  private static final int MAX = 200;
  private static final Pattern ENDPOINT =
      Pattern.compile("\\b[\\w.-]+:\\d{2,5}(-[0-9a-fA-F]{4,})?\\b");
  private static final Pattern PATH =
      Pattern.compile("(file|hdfs|s3a?|gs|oss):/\\S*|/[\\w.-]+(/[\\w.-]+)+");
  private static final Pattern HEX = Pattern.compile("\\b[0-9a-fA-F]{8,}\\b|\\b[0-9a-f-]{36}\\b");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private FailureSignature() {}

  /** {@code LABEL: normalized text}; the text is usually an exception's first line. */
  public static String of(Label label, String text) {
    Objects.requireNonNull(label, "label");
    return label.name() + ": " + normalize(Objects.requireNonNull(text, "text"));
  }

  /** The text with endpoints, paths, long hex ids and numbers replaced, trimmed and shortened. */
  public static String normalize(String text) {
    String s = text.strip();
    s = ENDPOINT.matcher(s).replaceAll("<endpoint>");
    s = PATH.matcher(s).replaceAll("<path>");
    s = HEX.matcher(s).replaceAll("<id>");
    s = NUMBER.matcher(s).replaceAll("<n>");
    s = SPACE.matcher(s).replaceAll(" ");
    return s.length() > MAX ? s.substring(0, MAX) : s;
  }

  /** The label part of a signature made by {@link #of}. */
  public static Label label(String signature) {
    int colon = signature.indexOf(':');
    return Label.valueOf(
        (colon < 0 ? signature : signature.substring(0, colon)).toUpperCase(Locale.ROOT));
  }
}
