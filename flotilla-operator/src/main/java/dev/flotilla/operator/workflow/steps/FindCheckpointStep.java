package dev.flotilla.operator.workflow.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.operator.workflow.Jsons;
import dev.flotilla.operator.workflow.Step;
import dev.flotilla.operator.workflow.StepContext;
import dev.flotilla.operator.workflow.StepFailedException;
import dev.flotilla.store.CheckpointRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the newest retained checkpoint of the job ids a cancel step saw (REST, else the shared
 * directory), else the job's last good checkpoint in the store. Reads only, so trivially
 * idempotent. Result: {@code path}, {@code source}.
 */
public final class FindCheckpointStep implements Step {
  private final String name;
  private final String cancelStep;

  public FindCheckpointStep(String name, String cancelStep) {
    this.name = name;
    this.cancelStep = cancelStep;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ObjectNode intent(StepContext ctx) {
    ObjectNode i = Jsons.object();
    i.put("action", "find-latest-retained-checkpoint");
    i.put("cluster", ctx.params().cluster());
    i.set("jobIds", ctx.intentOf(cancelStep).map(n -> n.get("jobIds")).orElse(Jsons.object()));
    return i;
  }

  @Override
  public ObjectNode execute(StepContext ctx, JsonNode intent) {
    String cluster = intent.get("cluster").asText();
    List<String> ids = new ArrayList<>();
    intent.path("jobIds").forEach(id -> ids.add(id.asText()));
    ObjectNode r = Jsons.object();
    for (String id : ids) {
      Optional<String> path = ctx.flink().latestRetainedCheckpoint(cluster, id);
      if (path.isPresent()) {
        r.put("path", path.get());
        r.put("source", "retained checkpoint of " + id);
        return r;
      }
    }
    Optional<CheckpointRef> good = ctx.jobs().lastGoodCheckpoint(ctx.jobKey());
    if (good.isPresent()) {
      r.put("path", good.get().path());
      r.put("source", "last good checkpoint in the store");
      return r;
    }
    throw new StepFailedException(
        "no retained checkpoint for job " + ctx.jobKey() + " (ids " + ids + ") and none stored");
  }
}
