package dev.flotilla.operator.workflow.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.operator.workflow.Jsons;
import dev.flotilla.operator.workflow.Step;
import dev.flotilla.operator.workflow.StepContext;

/** Remembers the savepoint or checkpoint an earlier step produced as the job's last good one. */
public final class RecordLastGoodStep implements Step {
  private final String name;
  private final String fromStep;

  public RecordLastGoodStep(String name, String fromStep) {
    this.name = name;
    this.fromStep = fromStep;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ObjectNode intent(StepContext ctx) {
    ObjectNode i = Jsons.object();
    i.put("action", "record-last-good-checkpoint");
    i.put("jobKey", ctx.jobKey());
    i.put("path", ctx.resultText(fromStep, "path"));
    return i;
  }

  @Override
  public ObjectNode execute(StepContext ctx, JsonNode intent) {
    String path = intent.get("path").asText();
    ctx.jobs().recordLastGoodCheckpoint(ctx.jobKey(), path, ctx.now());
    ObjectNode r = Jsons.object();
    r.put("path", path);
    return r;
  }
}
