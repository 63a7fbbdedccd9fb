package dev.flotilla.operator.workflow;

/** A step could not do what it intended; the workflow fails or rolls back. */
public final class StepFailedException extends RuntimeException {
  public StepFailedException(String message) {
    super(message);
  }
}
