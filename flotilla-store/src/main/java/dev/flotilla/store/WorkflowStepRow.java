package dev.flotilla.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a workflow: its intent is written before acting, its result after.
 *
 * @param index 0 for the first step; steps are contiguous
 */
public record WorkflowStepRow(
    String workflowId,
    int index,
    String name,
    String intentJson,
    StepState state,
    Instant createdAt,
    Optional<Instant> startedAt,
    Optional<Instant> endedAt,
    Optional<String> resultJson) {

  public WorkflowStepRow {
    Require.text(workflowId, "workflow id");
    if (index < 0) {
      throw new IllegalArgumentException("step index must be >= 0 but was " + index);
    }
    Require.text(name, "step name");
    Require.json(intentJson, "intent of step " + index + " of workflow " + workflowId);
    Objects.requireNonNull(state);
    Objects.requireNonNull(createdAt);
    Objects.requireNonNull(startedAt);
    Objects.requireNonNull(endedAt);
    Objects.requireNonNull(resultJson);
  }
}
