package dev.flotilla.operator.flink;

/** Flink answered, but with an error (or something the operator cannot use). */
public class FlinkActionException extends RuntimeException {
  private final int status;

  public FlinkActionException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  public FlinkActionException(String message) {
    this(message, -1, null);
  }

  /** HTTP status, or -1 when there was none. */
  public int status() {
    return status;
  }
}
