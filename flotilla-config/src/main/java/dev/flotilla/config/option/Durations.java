package dev.flotilla.config.option;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations written as a whole number and a unit: {@code 500ms}, {@code 10s}, {@code 5m}. */
public final class Durations {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

  private Durations() {}

  /** Parses {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h} or {@code 7d}. */
  public static Duration parse(String text) throws ValueException {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw ValueException.wrongType(
          "expected a duration like 10s, 5m, 1h, 500ms or 7d but was '" + text + "'");
    }
    long amount = Long.parseLong(m.group(1));
    switch (m.group(2)) {
      case "ms":
        return Duration.ofMillis(amount);
      case "s":
        return Duration.ofSeconds(amount);
      case "m":
        return Duration.ofMinutes(amount);
      case "h":
        return Duration.ofHours(amount);
      default:
        return Duration.ofDays(amount);
    }
  }

  /** The shortest exact text for a duration, e.g. {@code 10m}; inverse of {@link #parse}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms == 0) {
      return "0s";
    }
    long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1000L};
    String[] units = {"d", "h", "m", "s"};
    for (int i = 0; i < sizes.length; i++) {
      if (ms % sizes[i] == 0) {
        return (ms / sizes[i]) + units[i];
      }
    }
    return ms + "ms";
  }
}
