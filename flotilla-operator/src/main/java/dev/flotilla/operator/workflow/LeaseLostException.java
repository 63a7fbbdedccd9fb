package dev.flotilla.operator.workflow;

/** Another run took over the workflow: this run must stop acting at once. */
public final class LeaseLostException extends RuntimeException {
  public LeaseLostException(String message, Throwable cause) {
    super(message, cause);
  }
}
