package dev.flotilla.operator.workflow;

import java.util.Objects;

/**
 * A request to run a workflow: "start TYPE for job KEY with PARAMS, triggered by ACTOR for REASON
 * (dry-run or not)".
 *
 * @param actor who triggered it: a user, a token name, or {@code flotilla} for the policy
 */
public record WorkflowRequest(
    WorkflowType type, String jobKey, WorkflowParams params, String actor, String reason) {

  public WorkflowRequest {
    Objects.requireNonNull(type, "type");
    if (jobKey == null || jobKey.isBlank()) {
      throw new IllegalArgumentException("workflow jobKey must not be blank");
    }
    Objects.requireNonNull(params, "params");
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("workflow actor must not be blank");
    }
    Objects.requireNonNull(reason, "reason");
  }

  public boolean dryRun() {
    return params.dryRun();
  }
}
