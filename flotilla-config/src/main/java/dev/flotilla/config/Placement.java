package dev.flotilla.config;

import java.util.ArrayList;
import java.util.List;

/** Where a managed job runs: its preferred cluster, then fallbacks in order. */
public record Placement(String preferred, List<String> fallback) {

  public Placement {
    Names.requireName(preferred, "placement.preferred");
    fallback = List.copyOf(fallback);
    if (fallback.contains(preferred)) {
      throw new IllegalArgumentException(
          "placement.fallback must not repeat the preferred cluster '" + preferred + "'");
    }
  }

  /** Preferred cluster first, then the fallbacks. */
  public List<String> clusters() {
    List<String> all = new ArrayList<>(fallback.size() + 1);
    all.add(preferred);
    all.addAll(fallback);
    return List.copyOf(all);
  }
}
