package dev.flotilla.operator.workflow;

/** The job already has an active workflow; a second one is refused. */
public final class WorkflowConflictException extends RuntimeException {
  public WorkflowConflictException(String message) {
    super(message);
  }
}
