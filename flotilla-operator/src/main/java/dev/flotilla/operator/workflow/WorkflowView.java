package dev.flotilla.operator.workflow;

import dev.flotilla.store.WorkflowRow;
import dev.flotilla.store.WorkflowState;
import java.time.Instant;

/**
 * A workflow as callers see it.
 *
 * @param state the stored state, or {@code DRY_RUN} for a dry run (stored as CANCELLED so it never
 *     holds the job)
 */
public record WorkflowView(
    String id,
    WorkflowType type,
    String jobKey,
    String state,
    boolean dryRun,
    String actor,
    String reason,
    Instant createdAt,
    Instant updatedAt,
    WorkflowParams params) {

  public static final String DRY_RUN = "DRY_RUN";

  static WorkflowView of(WorkflowRow row) {
    WorkflowParams p = Jsons.params(row.paramsJson(), row.id());
    String state =
        p.dryRun() && row.state() == WorkflowState.CANCELLED ? DRY_RUN : row.state().name();
    return new WorkflowView(
        row.id(),
        WorkflowType.parse(row.type()),
        row.jobKey(),
        state,
        p.dryRun(),
        row.createdBy(),
        row.reason(),
        row.createdAt(),
        row.updatedAt(),
        p);
  }

  public boolean succeeded() {
    return WorkflowState.SUCCEEDED.name().equals(state);
  }
}
