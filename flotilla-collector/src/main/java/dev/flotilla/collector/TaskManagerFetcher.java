package dev.flotilla.collector;

import dev.flotilla.collector.parse.TaskManagersParser;
import dev.flotilla.model.TaskManagerObservation;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches {@code /taskmanagers} and each TaskManager's heap and GC metrics. A failed list gives no
 * TaskManagers; a failed metrics request leaves that TaskManager's heap and GC empty.
 */
final class TaskManagerFetcher {
  private final FlinkRest rest;

  TaskManagerFetcher(FlinkRest rest) {
    this.rest = rest;
  }

  CompletableFuture<List<TaskManagerObservation>> fetch(ClusterTarget target) {
    return rest.get(target, "/taskmanagers")
        .thenCompose(
            r -> {
              List<TaskManagerObservation> tms =
                  r.body().map(TaskManagersParser::parse).orElse(List.of());
              List<CompletableFuture<TaskManagerObservation>> futures =
                  tms.stream().map(tm -> withMetrics(target, tm)).toList();
              return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                  .thenApply(ignored -> futures.stream().map(CompletableFuture::join).toList());
            });
  }

  private CompletableFuture<TaskManagerObservation> withMetrics(
      ClusterTarget target, TaskManagerObservation tm) {
    return rest.get(
            target, "/taskmanagers/" + tm.id() + "/metrics?" + TaskManagersParser.METRICS_QUERY)
        .thenApply(r -> r.body().map(m -> TaskManagersParser.withMetrics(tm, m)).orElse(tm));
  }
}
