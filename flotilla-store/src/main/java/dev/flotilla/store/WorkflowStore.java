package dev.flotilla.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable operator workflows. Every write that acts for a run names the lease {@code owner}; a run
 * that lost its lease gets a {@link StoreException} (or {@code false}) and must stop acting.
 */
public interface WorkflowStore {

  /**
   * Inserts a new workflow; fails if the id exists.
   *
   * @throws ActiveWorkflowExistsException if the row is active and its job already has an active
   *     workflow (enforced by the database, so across processes)
   */
  void create(WorkflowRow workflow);

  Optional<WorkflowRow> get(String id);

  /** Sets the state if {@code owner} still holds the lease; returns false otherwise. */
  boolean updateState(String id, String owner, WorkflowState state, Instant at);

  /**
   * Records what step {@code index} is about to do, before doing it (state PENDING). The index must
   * be the next one and the previous step must be finished.
   */
  void appendStepIntent(
      String workflowId, String owner, int index, String name, String intentJson, Instant at);

  /** Marks a PENDING step RUNNING just before acting. */
  void markStepRunning(String workflowId, String owner, int index, Instant at);

  /** Records the outcome (DONE or FAILED) of a step that was PENDING or RUNNING. */
  void recordStepResult(
      String workflowId, String owner, int index, StepState outcome, Instant at, String resultJson);

  /** Steps of one workflow in index order. */
  List<WorkflowStepRow> steps(String workflowId);

  /** Extends the lease if {@code owner} still holds it; returns false when it was lost. */
  boolean heartbeat(String id, String owner, Instant leaseUntil);

  /**
   * Takes over the oldest active workflow whose lease expired before {@code now} with one
   * compare-and-set update; of two runs racing for it only one wins.
   */
  Optional<WorkflowRow> claimAbandoned(Instant now, String owner, Instant leaseUntil);

  /** Workflows for a job and/or in a state, oldest first. */
  List<WorkflowRow> list(Optional<String> jobKey, Optional<WorkflowState> state);

  /** True if the job has a PENDING, AWAITING_APPROVAL or RUNNING workflow. */
  boolean hasActiveWorkflow(String jobKey);
}
