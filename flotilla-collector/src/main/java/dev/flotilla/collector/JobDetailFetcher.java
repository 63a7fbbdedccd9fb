package dev.flotilla.collector;

import dev.flotilla.collector.parse.BackpressureInfo;
import dev.flotilla.collector.parse.BackpressureParser;
import dev.flotilla.collector.parse.CheckpointsParser;
import dev.flotilla.collector.parse.ExceptionsParser;
import dev.flotilla.collector.parse.JobDetails;
import dev.flotilla.collector.parse.JobDetailsParser;
import dev.flotilla.collector.parse.JobMetricsParser;
import dev.flotilla.collector.parse.SubtaskMetricsParser;
import dev.flotilla.collector.parse.VertexAssembler;
import dev.flotilla.collector.parse.VertexDetail;
import dev.flotilla.model.CheckpointSummary;
import dev.flotilla.model.ExceptionRecord;
import dev.flotilla.model.JobMetrics;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.VertexObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches one job's details: {@code /jobs/:id}, its exceptions, checkpoints and metrics, then —
 * only when {@code /jobs/:id} says RUNNING — per vertex its backpressure sample and subtask metrics
 * (while a job restarts or after it ended Flink answers those with HTTP 500, {@code deprecated} or
 * {@code []}, so they are not asked). A failed request leaves its part not observed; the job keeps
 * the state the overview gave it.
 */
final class JobDetailFetcher {
  private final FlinkRest rest;

  JobDetailFetcher(FlinkRest rest) {
    this.rest = rest;
  }

  CompletableFuture<JobObservation> fetch(ClusterTarget target, JobObservation base) {
    String path = "/jobs/" + base.jobId();
    CompletableFuture<RestResult> job = rest.get(target, path);
    // each body is parsed as soon as it arrives, so only the small records wait for the vertex
    // requests (which queue behind every other request of the cluster), not the JSON trees
    CompletableFuture<List<ExceptionRecord>> exceptions =
        rest.get(target, path + "/exceptions")
            .thenApply(r -> r.body().map(ExceptionsParser::parse).orElse(List.of()));
    CompletableFuture<CheckpointSummary> checkpoints =
        rest.get(target, path + "/checkpoints")
            .thenApply(
                r ->
                    r.body().map(CheckpointsParser::parse).orElse(CheckpointSummary.notObserved()));
    CompletableFuture<JobMetrics> metrics =
        rest.get(target, path + "/metrics?" + JobMetricsParser.QUERY)
            .thenApply(r -> r.body().map(JobMetricsParser::parse).orElse(JobMetrics.notObserved()));
    CompletableFuture<Vertices> vertices =
        job.thenCompose(
            r ->
                r.body()
                    .map(JobDetailsParser::parse)
                    .map(d -> vertices(target, path, d))
                    .orElseGet(() -> CompletableFuture.completedFuture(Vertices.NONE)));
    return CompletableFuture.allOf(exceptions, checkpoints, metrics, vertices)
        .thenApply(
            ignored -> {
              Vertices v = vertices.join();
              return base.withDetails(
                  v.parallelism(), metrics.join(), checkpoints.join(), v.list(), exceptions.join());
            });
  }

  private CompletableFuture<Vertices> vertices(
      ClusterTarget target, String jobPath, JobDetails details) {
    boolean sample = details.state() == JobState.RUNNING;
    List<CompletableFuture<VertexObservation>> futures = new ArrayList<>();
    for (VertexDetail v : details.vertices()) {
      futures.add(
          sample
              ? sampled(target, jobPath, v)
              : CompletableFuture.completedFuture(
                  VertexAssembler.assemble(v, BackpressureInfo.notObserved(), Map.of())));
    }
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
        .thenApply(
            ignored ->
                new Vertices(
                    details.parallelism(), futures.stream().map(CompletableFuture::join).toList()));
  }

  private CompletableFuture<VertexObservation> sampled(
      ClusterTarget target, String jobPath, VertexDetail v) {
    String vertexPath = jobPath + "/vertices/" + v.id();
    CompletableFuture<RestResult> bp = rest.get(target, vertexPath + "/backpressure");
    CompletableFuture<RestResult> sm =
        rest.get(target, vertexPath + "/subtasks/metrics?" + SubtaskMetricsParser.QUERY);
    return bp.thenCombine(
        sm,
        (b, s) ->
            VertexAssembler.assemble(
                v,
                b.body().map(BackpressureParser::parse).orElse(BackpressureInfo.notObserved()),
                s.body().map(SubtaskMetricsParser::parse).orElse(Map.of())));
  }

  private record Vertices(OptionalInt parallelism, List<VertexObservation> list) {
    static final Vertices NONE = new Vertices(OptionalInt.empty(), List.of());
  }
}
