package dev.flotilla.collector.parse;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code /config} says: the Flink version and the web features ({@code web-submit}, {@code
 * web-cancel}, {@code web-rescale}, {@code web-history}) as reported.
 */
public record ConfigInfo(Optional<String> flinkVersion, Map<String, Boolean> features) {
  public ConfigInfo {
    Objects.requireNonNull(flinkVersion);
    features = Map.copyOf(features);
  }

  /** A feature flag; empty when the cluster did not report it. */
  public Optional<Boolean> feature(String name) {
    return Optional.ofNullable(features.get(name));
  }
}
