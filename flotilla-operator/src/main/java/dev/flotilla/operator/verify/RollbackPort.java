package dev.flotilla.operator.verify;

import java.util.Optional;

/** Asks the operator to undo a completed workflow whose fix did not verify. */
public interface RollbackPort {
  /** Starts the undo of workflow {@code workflowId}; its id, or empty when it cannot be undone. */
  Optional<String> rollback(String workflowId, String why);
}
