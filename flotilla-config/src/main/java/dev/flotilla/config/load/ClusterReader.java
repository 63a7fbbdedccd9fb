package dev.flotilla.config.load;

import dev.flotilla.config.ClusterSettings;
import dev.flotilla.config.option.ClusterOptions;
import java.net.URI;
import java.util.Optional;

/** Reads one entry of {@code clusters}. */
final class ClusterReader {
  private ClusterReader() {}

  static Optional<ClusterSettings> read(Section s, Problems problems) {
    Optional<String> name = s.find(ClusterOptions.NAME);
    Optional<URI> rest = s.find(ClusterOptions.REST);
    var flink = s.find(ClusterOptions.FLINK);
    var zone = s.find(ClusterOptions.ZONE);
    var storage = s.find(ClusterOptions.SHARED_STORAGE);
    var timeout = s.get(ClusterOptions.REQUEST_TIMEOUT);
    int maxRequests = s.get(ClusterOptions.MAX_CONCURRENT_REQUESTS);
    var labels = s.get(ClusterOptions.LABELS);
    if (name.isEmpty() || rest.isEmpty()) {
      return Optional.empty();
    }
    return problems.build(
        s.node(),
        s.path(),
        () ->
            new ClusterSettings(
                name.get(), rest.get(), flink, zone, storage, timeout, maxRequests, labels));
  }
}
