package dev.flotilla.operator.workflow.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.operator.workflow.Jsons;
import dev.flotilla.operator.workflow.Step;
import dev.flotilla.operator.workflow.StepContext;
import dev.flotilla.operator.workflow.StepFailedException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adaptive scheduler: sets every vertex's parallelism upper bound to the new parallelism. The
 * intent keeps the previous bounds. Idempotent: bounds already at the target are not set again.
 */
public final class RescaleInPlaceStep implements Step {
  private final String name;

  public RescaleInPlaceStep(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ObjectNode intent(StepContext ctx) {
    String c = ctx.params().cluster();
    ObjectNode i = Jsons.object();
    i.put("action", "set-resource-requirements");
    i.put("cluster", c);
    i.put("parallelism", ctx.params().parallelism().orElseThrow());
    JobLookup.jobId(ctx, c)
        .ifPresent(
            id -> {
              i.put("jobId", id);
              i.set("previous", Jsons.MAPPER.valueToTree(ctx.flink().resourceRequirements(c, id)));
            });
    return i;
  }

  @Override
  public ObjectNode execute(StepContext ctx, JsonNode intent) {
    String c = intent.get("cluster").asText();
    String jobId = JobLookup.text(intent, "jobId");
    if (jobId.isEmpty()) {
      throw new StepFailedException(
          "no job " + ctx.params().jobName() + " on " + c + " to rescale");
    }
    int target = intent.get("parallelism").asInt();
    Map<String, Integer> current = ctx.flink().resourceRequirements(c, jobId);
    ObjectNode r = Jsons.object();
    r.put("jobId", jobId);
    if (!current.isEmpty() && current.values().stream().allMatch(p -> p == target)) {
      r.put("changed", false);
      return r;
    }
    Map<String, Integer> wanted = new LinkedHashMap<>();
    current.keySet().forEach(v -> wanted.put(v, target));
    ctx.flink().setResourceRequirements(c, jobId, wanted);
    r.put("changed", true);
    return r;
  }
}
