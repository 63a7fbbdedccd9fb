package dev.flotilla.operator.verify;

import dev.flotilla.operator.workflow.WorkflowType;
import java.time.Instant;
import java.util.Objects;

/**
 * A finished self-healing workflow under watch: it was {@code action} for diagnosis {@code label}
 * on {@code jobKey} and completed at {@code completedAt}.
 */
public record Watch(
    String workflowId, String jobKey, String label, WorkflowType action, Instant completedAt) {
  public Watch {
    Objects.requireNonNull(workflowId, "workflowId");
    Objects.requireNonNull(jobKey, "jobKey of " + workflowId);
    Objects.requireNonNull(label, "label of " + workflowId);
    Objects.requireNonNull(action, "action of " + workflowId);
    Objects.requireNonNull(completedAt, "completedAt of " + workflowId);
  }
}
