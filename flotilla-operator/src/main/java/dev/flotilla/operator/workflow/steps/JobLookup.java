package dev.flotilla.operator.workflow.steps;

import dev.flotilla.operator.flink.FlinkJob;
import dev.flotilla.operator.flink.FlinkUnreachableException;
import dev.flotilla.operator.workflow.StepContext;
import dev.flotilla.store.JobRow;
import java.util.List;
import java.util.Optional;

/** Finds the Flink job id a step acts on: from the parameters, from Flink, or from the store. */
final class JobLookup {
  private JobLookup() {}

  /**
   * The id of the job on {@code cluster}: the parameter if given, else the one active copy by name,
   * else (cluster unreachable or job gone) the id the collector last stored for the job key.
   */
  static Optional<String> jobId(StepContext ctx, String cluster) {
    if (ctx.params().jobId().isPresent() && cluster.equals(ctx.params().cluster())) {
      return ctx.params().jobId();
    }
    try {
      List<FlinkJob> copies = ctx.flink().findRunningJobsByName(cluster, ctx.params().jobName());
      if (!copies.isEmpty()) {
        return Optional.of(copies.get(0).jobId());
      }
    } catch (FlinkUnreachableException e) {
      // fall through to what the store knows
    }
    return ctx.jobs()
        .get(ctx.jobKey())
        .filter(row -> row.cluster().equals(cluster))
        .flatMap(JobRow::flinkJobId);
  }

  static String text(com.fasterxml.jackson.databind.JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : "";
  }
}
