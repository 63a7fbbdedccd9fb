package dev.flotilla.store;

/** A store operation failed; the message says which operation and, where known, which row. */
public class StoreException extends RuntimeException {

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
