package dev.flotilla.operator.policy;

import dev.flotilla.operator.workflow.WorkflowType;
import java.util.Objects;

/** An action that failed verification when taken for {@code label} on {@code jobKey}. */
public record FailedAction(String jobKey, String label, WorkflowType action) {
  public FailedAction {
    Objects.requireNonNull(jobKey, "jobKey");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(action, "action");
  }
}
