package dev.flotilla.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One Flink cluster Flotilla watches: its REST endpoint and how politely to call it. */
public record ClusterSettings(
    String name,
    URI rest,
    Optional<String> flinkVersion,
    Optional<String> zone,
    Optional<URI> sharedStorage,
    Duration requestTimeout,
    int maxConcurrentRequests,
    Map<String, String> labels) {

  public ClusterSettings {
    Names.requireName(name, "cluster name");
    Objects.requireNonNull(rest, "rest");
    Objects.requireNonNull(flinkVersion, "flinkVersion");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(sharedStorage, "sharedStorage");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("request-timeout must be positive");
    }
    if (maxConcurrentRequests < 1) {
      throw new IllegalArgumentException("max-concurrent-requests must be >= 1");
    }
    labels = Map.copyOf(labels);
  }
}
