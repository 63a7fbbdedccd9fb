package dev.flotilla.store;

/**
 * A workflow could not be created or made active because its job already has an active one; the
 * store enforces this across processes sharing it.
 */
public final class ActiveWorkflowExistsException extends StoreException {

  public ActiveWorkflowExistsException(String message, Throwable cause) {
    super(message, cause);
  }
}
