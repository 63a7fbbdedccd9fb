package dev.flotilla.config.option;

import static dev.flotilla.config.option.Option.optional;
import static dev.flotilla.config.option.Option.required;
import static dev.flotilla.config.option.Option.withDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Options of each entry of {@code clusters}. */
public final class ClusterOptions {
  private ClusterOptions() {}

  public static final Option<String> NAME =
      required("name", Types.name(), "Unique cluster name, used in job keys and placement.");

  public static final Option<URI> REST =
      required("rest", Types.httpUrl(), "Base URL of the Flink REST API (JobManager web port).");

  public static final Option<String> FLINK =
      optional(
          "flink",
          Types.string(),
          "Flink version the cluster runs, e.g. \"2.3\" (quote it). The observed version wins.");

  public static final Option<String> ZONE =
      optional("zone", Types.string(), "Failure domain (datacenter/zone) used for evacuation.");

  public static final Option<URI> SHARED_STORAGE =
      optional(
          "shared-storage",
          Types.uri(),
          "Checkpoint/savepoint storage shared with other clusters; jobs can migrate between"
              + " clusters with the same shared storage.");

  public static final Option<Duration> REQUEST_TIMEOUT =
      withDefault(
          "request-timeout",
          Types.positiveDuration(),
          "5s",
          "Timeout of one REST request to this cluster.");

  public static final Option<Integer> MAX_CONCURRENT_REQUESTS =
      withDefault(
          "max-concurrent-requests",
          Types.atLeast(1),
          "8",
          "Most REST requests in flight to this cluster at once.");

  public static final Option<Map<String, String>> LABELS =
      withDefault("labels", Types.stringMap(), "{}", "Free-form labels, e.g. `{env: prod}`.");

  public static final OptionGroup GROUP =
      OptionGroup.of(
          "clusters[]",
          "Clusters",
          "Each entry of `clusters` is one Flink cluster Flotilla watches. At least one is"
              + " required.",
          NAME,
          REST,
          FLINK,
          ZONE,
          SHARED_STORAGE,
          REQUEST_TIMEOUT,
          MAX_CONCURRENT_REQUESTS,
          LABELS);
}
