package dev.flotilla.operator.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.operator.workflow.Jsons;
import dev.flotilla.operator.workflow.WorkflowConflictException;
import dev.flotilla.operator.workflow.WorkflowRequest;
import dev.flotilla.store.ActiveWorkflowExistsException;
import dev.flotilla.store.ApprovalStore;
import dev.flotilla.store.AuditEntry;
import dev.flotilla.store.AuditLog;
import dev.flotilla.store.WorkflowRow;
import dev.flotilla.store.WorkflowState;
import dev.flotilla.store.WorkflowStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Workflows waiting for a human. {@link #park} stores one in AWAITING_APPROVAL, leased to {@link
 * #OWNER} until far in the future so no engine claims it. Approval ({@link #approve}, or the HTTP
 * API's) moves it to PENDING; {@link #releaseApproved} (each cycle) then expires the lease of every
 * approved one, and the engine's {@code resumeAbandoned()} claims and runs it from its first step.
 */
public final class ApprovalQueue {
  /** Lease owner of parked workflows. */
  public static final String OWNER = "awaiting-approval";

  static final Instant PARKED_UNTIL = Instant.parse("9999-01-01T00:00:00Z");

  /** Outcome of a human's decision. */
  public enum Result {
    DONE,
    NOT_FOUND,
    NOT_AWAITING
  }

  private final WorkflowStore workflows;
  private final ApprovalStore approvals;
  private final AuditLog audit;
  private final Clock clock;

  public ApprovalQueue(
      WorkflowStore workflows, ApprovalStore approvals, AuditLog audit, Clock clock) {
    this.workflows = workflows;
    this.approvals = approvals;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Stores the request as a workflow awaiting approval; returns its id.
   *
   * @throws WorkflowConflictException if the job already has an active workflow
   */
  public String park(WorkflowRequest r) {
    if (workflows.hasActiveWorkflow(r.jobKey())) {
      throw new WorkflowConflictException("job " + r.jobKey() + " already has an active workflow");
    }
    Instant now = clock.instant();
    String id = "wf-" + UUID.randomUUID().toString().substring(0, 13);
    try {
      workflows.create(
          new WorkflowRow(
              id,
              r.type().name(),
              r.jobKey(),
              Jsons.write(r.params()),
              WorkflowState.AWAITING_APPROVAL,
              r.actor(),
              r.reason(),
              now,
              now,
              OWNER,
              PARKED_UNTIL));
    } catch (ActiveWorkflowExistsException e) { // another process got there first
      throw new WorkflowConflictException(e.getMessage());
    }
    ObjectNode d = details(id, r.type().name());
    d.put("reason", r.reason());
    d.set("params", Jsons.MAPPER.valueToTree(r.params()));
    audit.append(
        new AuditEntry(now, r.actor(), "workflow.await-approval", r.jobKey(), d.toString(), "OK"));
    return id;
  }

  public Result approve(String id, String actor, Optional<String> comment) {
    return decide(id, actor, WorkflowState.PENDING, "workflow.approve", comment);
  }

  public Result reject(String id, String actor, Optional<String> reason) {
    return decide(id, actor, WorkflowState.CANCELLED, "workflow.reject", reason);
  }

  private Result decide(
      String id, String actor, WorkflowState to, String action, Optional<String> comment) {
    Optional<WorkflowRow> row = workflows.get(id);
    if (row.isEmpty()) {
      return Result.NOT_FOUND;
    }
    Instant now = clock.instant();
    boolean won = approvals.decide(id, to, now);
    if (won && to == WorkflowState.PENDING) {
      workflows.heartbeat(id, OWNER, now.minusMillis(1));
    }
    ObjectNode d = details(id, row.get().type());
    d.put("stateBefore", row.get().state().name());
    comment.ifPresent(c -> d.put("comment", c));
    audit.append(
        new AuditEntry(
            now, actor, action, row.get().jobKey(), d.toString(), won ? "OK" : "CONFLICT"));
    return won ? Result.DONE : Result.NOT_AWAITING;
  }

  /** Workflows waiting for a decision, oldest first. */
  public List<WorkflowRow> pending() {
    return workflows.list(Optional.empty(), Optional.of(WorkflowState.AWAITING_APPROVAL));
  }

  /**
   * Hands approved workflows (also those approved through the HTTP API) to the engine by expiring
   * their parking lease; returns their ids. Call each cycle before {@code resumeAbandoned()}.
   */
  public List<String> releaseApproved() {
    Instant now = clock.instant();
    List<String> released = new ArrayList<>();
    for (WorkflowRow w : workflows.list(Optional.empty(), Optional.of(WorkflowState.PENDING))) {
      if (OWNER.equals(w.leaseOwner())
          && w.leaseUntil().isAfter(now)
          && workflows.heartbeat(w.id(), OWNER, now.minusMillis(1))) {
        released.add(w.id());
      }
    }
    return released;
  }

  private static ObjectNode details(String id, String type) {
    ObjectNode d = Jsons.object();
    d.put("workflow", id);
    d.put("type", type);
    return d;
  }
}
