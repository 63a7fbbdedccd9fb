package dev.flotilla.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One operator workflow and its lease: the run that holds {@code leaseOwner} until {@code
 * leaseUntil} is the only one allowed to act; after that another run may claim it.
 *
 * @param type e.g. {@code RESTART_FROM_CHECKPOINT}, {@code RESCALE}, {@code MIGRATE}
 * @param paramsJson the workflow's parameters as JSON text
 */
public record WorkflowRow(
    String id,
    String type,
    String jobKey,
    String paramsJson,
    WorkflowState state,
    String createdBy,
    String reason,
    Instant createdAt,
    Instant updatedAt,
    String leaseOwner,
    Instant leaseUntil) {

  public WorkflowRow {
    Require.text(id, "workflow id");
    Require.text(type, "type of workflow " + id);
    Require.text(jobKey, "jobKey of workflow " + id);
    Require.json(paramsJson, "params of workflow " + id);
    Objects.requireNonNull(state);
    Require.text(createdBy, "createdBy of workflow " + id);
    Objects.requireNonNull(reason);
    Objects.requireNonNull(createdAt);
    Objects.requireNonNull(updatedAt);
    Require.text(leaseOwner, "lease owner of workflow " + id);
    Objects.requireNonNull(leaseUntil);
  }
}
