package dev.flotilla.store;

/** Life cycle of one workflow step: intent written, acting, then a result. */
public enum StepState {
  PENDING,
  RUNNING,
  DONE,
  FAILED;

  public boolean isFinished() {
    return this == DONE || this == FAILED;
  }
}
