package dev.flotilla.operator.policy;

import dev.flotilla.config.AutoAction;
import dev.flotilla.operator.workflow.WorkflowType;
import java.util.Objects;

/**
 * An adviser action Flotilla can carry out itself: the workflow it runs and the policy permission
 * ({@link AutoAction}) it needs.
 */
public record Remedy(String adviserAction, WorkflowType workflow, AutoAction permission) {
  public Remedy {
    Objects.requireNonNull(adviserAction, "adviserAction");
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(permission, "permission");
  }
}
