package dev.flotilla.operator.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.store.WorkflowStepRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One step of a workflow as callers see it, with its timing. */
public record StepView(
    int index,
    String name,
    String state,
    JsonNode intent,
    Optional<JsonNode> result,
    Instant createdAt,
    Optional<Instant> startedAt,
    Optional<Instant> endedAt) {

  static StepView of(WorkflowStepRow row) {
    return new StepView(
        row.index(),
        row.name(),
        row.state().name(),
        Jsons.read(row.intentJson(), "intent of step " + row.index()),
        row.resultJson().map(r -> Jsons.read(r, "result of step " + row.index())),
        row.createdAt(),
        row.startedAt(),
        row.endedAt());
  }

  /** From intent written to result written, if finished. */
  public Optional<Duration> duration() {
    return endedAt.map(e -> Duration.between(createdAt, e));
  }
}
