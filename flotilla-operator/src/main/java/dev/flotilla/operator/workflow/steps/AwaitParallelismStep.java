package dev.flotilla.operator.workflow.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.operator.workflow.Jsons;
import dev.flotilla.operator.workflow.Step;
import dev.flotilla.operator.workflow.StepContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Waits until every vertex runs at the new parallelism with all tasks RUNNING. Reads only. */
public final class AwaitParallelismStep implements Step {
  private final String name;
  private final String rescaleStep;

  public AwaitParallelismStep(String name, String rescaleStep) {
    this.name = name;
    this.rescaleStep = rescaleStep;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ObjectNode intent(StepContext ctx) {
    ObjectNode i = Jsons.object();
    i.put("action", "await-parallelism");
    i.put("cluster", ctx.params().cluster());
    i.put("jobId", ctx.resultText(rescaleStep, "jobId"));
    i.put("parallelism", ctx.params().parallelism().orElseThrow());
    i.put("withinMs", ctx.params().healthyWithinMs());
    return i;
  }

  @Override
  public ObjectNode execute(StepContext ctx, JsonNode intent) {
    String c = intent.get("cluster").asText();
    String jobId = intent.get("jobId").asText();
    int target = intent.get("parallelism").asInt();
    Instant start = ctx.now();
    ctx.await(
        "job " + jobId + " at parallelism " + target,
        Duration.ofMillis(intent.get("withinMs").asLong()),
        () -> {
          Map<String, Integer> p = ctx.flink().vertexParallelism(c, jobId);
          boolean at = !p.isEmpty() && p.values().stream().allMatch(v -> v == target);
          return at && ctx.flink().tasksRunning(c, jobId) ? Optional.of(true) : Optional.empty();
        });
    ObjectNode r = Jsons.object();
    r.put("jobId", jobId);
    r.put("parallelism", target);
    r.put("tookMs", Duration.between(start, ctx.now()).toMillis());
    return r;
  }
}
