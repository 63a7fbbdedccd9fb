package dev.flotilla.operator.workflow.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.model.JobState;
import dev.flotilla.operator.workflow.Jsons;
import dev.flotilla.operator.workflow.Step;
import dev.flotilla.operator.workflow.StepContext;
import dev.flotilla.operator.workflow.StepFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Waits until the job a run step started has all tasks RUNNING, within the workflow's healthy
 * window; fails at once if it ends (FAILED, CANCELED...). Reads only. Result: {@code jobId}, and
 * {@code downtimeMs} since the job was stopped when a stop step ran before.
 */
public final class AwaitRunningStep implements Step {
  private final String name;
  private final Function<StepContext, String> cluster;
  private final String runStep;
  private final Optional<String> stopStep;

  public AwaitRunningStep(
      String name,
      Function<StepContext, String> cluster,
      String runStep,
      Optional<String> stopStep) {
    this.name = name;
    this.cluster = cluster;
    this.runStep = runStep;
    this.stopStep = stopStep;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ObjectNode intent(StepContext ctx) {
    ObjectNode i = Jsons.object();
    i.put("action", "await-running");
    i.put("cluster", cluster.apply(ctx));
    i.put("jobId", ctx.resultText(runStep, "jobId"));
    i.put("withinMs", ctx.params().healthyWithinMs());
    return i;
  }

  @Override
  public ObjectNode execute(StepContext ctx, JsonNode intent) {
    String c = intent.get("cluster").asText();
    String jobId = intent.get("jobId").asText();
    ctx.await(
        "job " + jobId + " RUNNING on " + c,
        Duration.ofMillis(intent.get("withinMs").asLong()),
        () -> {
          JobState state = ctx.flink().jobState(c, jobId);
          if (state.isTerminal()) {
            throw new StepFailedException("job " + jobId + " on " + c + " ended " + state);
          }
          return ctx.flink().tasksRunning(c, jobId) ? Optional.of(true) : Optional.empty();
        });
    ObjectNode r = Jsons.object();
    r.put("jobId", jobId);
    stopStep
        .flatMap(ctx::resultOf)
        .filter(s -> s.has("stoppedAt"))
        .ifPresent(
            s ->
                r.put(
                    "downtimeMs",
                    ctx.now().toEpochMilli()
                        - Instant.ofEpochMilli(s.get("stoppedAt").asLong()).toEpochMilli()));
    return r;
  }
}
