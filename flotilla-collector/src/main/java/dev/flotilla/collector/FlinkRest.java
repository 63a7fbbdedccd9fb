package dev.flotilla.collector;

import java.util.concurrent.CompletableFuture;

/** The one port the collector needs: an asynchronous GET that never fails exceptionally. */
@FunctionalInterface
public interface FlinkRest {
  /**
   * GETs {@code pathAndQuery} (e.g. {@code /jobs/overview}) from the target cluster.
   *
   * @return a future that always completes normally, with a typed result
   */
  CompletableFuture<RestResult> get(ClusterTarget target, String pathAndQuery);
}
