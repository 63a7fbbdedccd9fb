package dev.flotilla.operator.policy;

import dev.flotilla.operator.workflow.WorkflowRequest;

/** Starts a workflow without waiting for it to end; returns its id. */
public interface WorkflowLauncher {
  /**
   * @throws dev.flotilla.operator.workflow.WorkflowConflictException if the job already has an
   *     active workflow
   */
  String launch(WorkflowRequest request);
}
