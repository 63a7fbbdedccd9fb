package dev.flotilla.adviser;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Flink version such as 1.20.1 or 2.0; missing parts count as zero. */
public record FlinkVersion(int major, int minor, int patch) implements Comparable<FlinkVersion> {
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

  public FlinkVersion {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version parts must be >= 0");
    }
  }

  /** Parses the first "x.y[.z]" in the text ("1.19.1-amzn-1" gives 1.19.1); empty if none. */
  public static Optional<FlinkVersion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = VERSION.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return Optional.of(
        new FlinkVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch));
  }

  @Override
  public int compareTo(FlinkVersion o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
