package dev.flotilla.adviser;

import java.util.ArrayList;
import java.util.List;

/** A conjunction of bounds such as "&gt;=1.14.0,&lt;1.14.3"; the empty range accepts all. */
public record VersionRange(String spec, List<Bound> bounds) {

  /** One comparison against a version. */
  public record Bound(String op, FlinkVersion version) {}

  public VersionRange {
    bounds = List.copyOf(bounds);
  }

  /** Parses a comma-separated list of bounds; throws naming the bad part. */
  public static VersionRange parse(String spec) {
    List<Bound> bounds = new ArrayList<>();
    if (spec != null && !spec.isBlank()) {
      for (String part : spec.split(",")) {
        String p = part.trim();
        String op =
            p.startsWith(">=") || p.startsWith("<=") ? p.substring(0, 2) : p.substring(0, 1);
        if (!List.of(">=", "<=", "<", ">", "=").contains(op)) {
          throw new IllegalArgumentException("bad version bound '" + p + "' in '" + spec + "'");
        }
        FlinkVersion v =
            FlinkVersion.parse(p.substring(op.length()))
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "bad version in '" + p + "' of '" + spec + "'"));
        bounds.add(new Bound(op, v));
      }
    }
    return new VersionRange(spec == null ? "" : spec, bounds);
  }

  public boolean isEmpty() {
    return bounds.isEmpty();
  }

  public boolean contains(FlinkVersion v) {
    for (Bound b : bounds) {
      int c = v.compareTo(b.version());
      boolean ok =
          switch (b.op()) {
            case ">=" -> c >= 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case "<" -> c < 0;
            default -> c == 0;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
