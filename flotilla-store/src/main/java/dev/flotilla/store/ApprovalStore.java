package dev.flotilla.store;

import java.time.Instant;

/**
 * Decisions on workflows that wait for a human: approve (the operator then runs it) or reject. A
 * decision is a compare-and-set from {@link WorkflowState#AWAITING_APPROVAL}, so of two people
 * deciding at once only one wins; it does not touch the workflow's lease.
 */
public interface ApprovalStore {

  /**
   * Moves workflow {@code id} from AWAITING_APPROVAL to {@code decision} (PENDING to approve,
   * CANCELLED to reject).
   *
   * @return false when the workflow does not exist or is no longer awaiting approval
   */
  boolean decide(String id, WorkflowState decision, Instant at);
}
