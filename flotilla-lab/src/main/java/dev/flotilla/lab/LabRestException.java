package dev.flotilla.lab;

/** A lab REST call failed: connection refused, timeout or an unexpected HTTP status. */
public final class LabRestException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public LabRestException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status, or -1 when no response arrived. */
  public int status() {
    return status;
  }
}
