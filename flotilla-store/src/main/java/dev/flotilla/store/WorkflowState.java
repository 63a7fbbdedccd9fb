package dev.flotilla.store;

/** Life cycle of an operator workflow. */
public enum WorkflowState {
  PENDING,
  AWAITING_APPROVAL,
  RUNNING,
  SUCCEEDED,
  FAILED,
  ROLLED_BACK,
  CANCELLED;

  /** True while the workflow may still act on its job (it holds the job). */
  public boolean isActive() {
    return this == PENDING || this == AWAITING_APPROVAL || this == RUNNING;
  }
}
