package dev.flotilla.collector;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One Flink cluster to poll.
 *
 * @param name unique cluster name (also the key of the collector's per-cluster memory)
 * @param restUrl base REST address, e.g. {@code http://localhost:8081}
 * @param declaredFlinkVersion the version the configuration says the cluster runs, if any
 * @param requestTimeout per-request timeout (time to the full response)
 * @param maxConcurrentRequests how many requests may be in flight to this cluster at once
 */
public record ClusterTarget(
    String name,
    URI restUrl,
    Optional<String> declaredFlinkVersion,
    Duration requestTimeout,
    int maxConcurrentRequests) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  public static final int DEFAULT_MAX_CONCURRENT = 8;

  public ClusterTarget {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(restUrl, "restUrl");
    Objects.requireNonNull(declaredFlinkVersion, "declaredFlinkVersion");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (name.isBlank()) {
      throw new IllegalArgumentException("cluster name must not be blank");
    }
    String scheme = restUrl.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)
        || restUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "cluster '" + name + "': restUrl must be an absolute http(s) URL, got '" + restUrl + "'");
    }
    if (restUrl.getQuery() != null || restUrl.getFragment() != null) {
      throw new IllegalArgumentException(
          "cluster '" + name + "': restUrl must not have a query or fragment: '" + restUrl + "'");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException(
          "cluster '" + name + "': requestTimeout must be positive, got " + requestTimeout);
    }
    if (maxConcurrentRequests < 1) {
      throw new IllegalArgumentException(
          "cluster '"
              + name
              + "': maxConcurrentRequests must be at least 1, got "
              + maxConcurrentRequests);
    }
  }

  /** A target with the default timeout (5 s) and concurrency bound (8), no declared version. */
  public static ClusterTarget of(String name, String restUrl) {
    return new ClusterTarget(
        name, URI.create(restUrl), Optional.empty(), DEFAULT_TIMEOUT, DEFAULT_MAX_CONCURRENT);
  }

  public ClusterTarget withRequestTimeout(Duration timeout) {
    return new ClusterTarget(name, restUrl, declaredFlinkVersion, timeout, maxConcurrentRequests);
  }

  /** The absolute URL of a REST path such as {@code /jobs/overview}. */
  public URI resolve(String pathAndQuery) {
    String base = restUrl.toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return URI.create(base + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery);
  }
}
