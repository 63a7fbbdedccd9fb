package dev.flotilla.operator.flink;

/** The cluster did not answer at all (connection refused, reset or timed out). */
public final class FlinkUnreachableException extends FlinkActionException {
  public FlinkUnreachableException(String message, Throwable cause) {
    super(message, -1, cause);
  }
}
