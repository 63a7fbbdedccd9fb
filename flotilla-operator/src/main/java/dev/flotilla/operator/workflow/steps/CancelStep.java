package dev.flotilla.operator.workflow.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.model.JobState;
import dev.flotilla.operator.flink.FlinkJob;
import dev.flotilla.operator.workflow.Jsons;
import dev.flotilla.operator.workflow.Step;
import dev.flotilla.operator.workflow.StepContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cancels every active copy of the job (by name) on a cluster and waits until they are terminal.
 * Idempotent: copies already cancelled are not found again. The intent lists the job ids seen at
 * intent time (a later step uses them to find their retained checkpoints).
 */
public final class CancelStep implements Step {
  private static final Duration CANCELLED_WITHIN = Duration.ofSeconds(60);
  private final String name;
  private final Function<StepContext, String> cluster;

  public CancelStep(String name, Function<StepContext, String> cluster) {
    this.name = name;
    this.cluster = cluster;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ObjectNode intent(StepContext ctx) {
    String c = cluster.apply(ctx);
    ObjectNode i = Jsons.object();
    i.put("action", "cancel");
    i.put("cluster", c);
    i.put("jobName", ctx.params().jobName());
    ArrayNode ids = i.putArray("jobIds");
    ctx.flink().findRunningJobsByName(c, ctx.params().jobName()).forEach(j -> ids.add(j.jobId()));
    if (ids.isEmpty() && c.equals(ctx.params().cluster())) {
      ctx.params().jobId().ifPresent(ids::add);
    }
    return i;
  }

  @Override
  public ObjectNode execute(StepContext ctx, JsonNode intent) {
    String c = intent.get("cluster").asText();
    List<FlinkJob> copies = ctx.flink().findRunningJobsByName(c, ctx.params().jobName());
    ObjectNode r = Jsons.object();
    ArrayNode cancelled = r.putArray("cancelled");
    for (FlinkJob job : copies) {
      ctx.flink().cancel(c, job.jobId());
      cancelled.add(job.jobId());
    }
    for (FlinkJob job : copies) {
      ctx.await(
          "job " + job.jobId() + " cancelled on " + c,
          CANCELLED_WITHIN,
          () -> Optional.of(ctx.flink().jobState(c, job.jobId())).filter(JobState::isTerminal));
    }
    return r;
  }
}
