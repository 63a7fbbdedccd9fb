package dev.flotilla.store.jdbc;

import dev.flotilla.store.ActiveWorkflowExistsException;
import dev.flotilla.store.StepState;
import dev.flotilla.store.StoreException;
import dev.flotilla.store.WorkflowRow;
import dev.flotilla.store.WorkflowState;
import dev.flotilla.store.WorkflowStepRow;
import dev.flotilla.store.WorkflowStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link WorkflowStore} on tables {@code workflow} and {@code workflow_step}. Writes for a run are
 * fenced by an {@code UPDATE ... WHERE lease_owner = ?} issued first in their transaction, which
 * also locks the workflow row until commit, so a run that lost its lease cannot write.
 */
public final class JdbcWorkflowStore implements WorkflowStore {

  private static final String COLUMNS =
      "id, type, job_key, params, state, created_by, reason, created_at, updated_at, lease_owner,"
          + " lease_until";
  private static final String ACTIVE =
      Arrays.stream(WorkflowState.values())
          .filter(WorkflowState::isActive)
          .map(s -> "'" + s.name() + "'")
          .collect(Collectors.joining(", ", "(", ")"));

  private final Jdbc jdbc;
  private final WorkflowSteps steps;

  public JdbcWorkflowStore(Jdbc jdbc) {
    this.jdbc = jdbc;
    this.steps = new WorkflowSteps();
  }

  @Override
  public void create(WorkflowRow w) {
    try {
      insert(w);
    } catch (StoreException e) {
      if (w.state().isActive() && hasActiveWorkflow(w.jobKey()) && get(w.id()).isEmpty()) {
        throw new ActiveWorkflowExistsException(
            "job " + w.jobKey() + " already has an active workflow; " + w.id() + " not created", e);
      }
      throw e;
    }
  }

  private void insert(WorkflowRow w) {
    jdbc.inTransaction(
        "create of workflow " + w.id() + " for " + w.jobKey(),
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO workflow ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, w.id());
            ps.setString(2, w.type());
            ps.setString(3, w.jobKey());
            ps.setString(4, w.paramsJson());
            ps.setString(5, w.state().name());
            ps.setString(6, w.createdBy());
            ps.setString(7, w.reason());
            Sql.instant(ps, 8, w.createdAt());
            Sql.instant(ps, 9, w.updatedAt());
            ps.setString(10, w.leaseOwner());
            Sql.instant(ps, 11, w.leaseUntil());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Optional<WorkflowRow> get(String id) {
    return query("read of workflow " + id, "WHERE id = ?", List.of(id)).stream().findFirst();
  }

  @Override
  public boolean updateState(String id, String owner, WorkflowState state, Instant at) {
    return 1
        == jdbc.inTransaction(
            "state change of workflow " + id + " to " + state,
            c ->
                update(
                    c,
                    "UPDATE workflow SET state = ?, updated_at = ? WHERE id = ? AND lease_owner = ?",
                    state.name(),
                    at.toEpochMilli(),
                    id,
                    owner));
  }

  @Override
  public void appendStepIntent(
      String workflowId, String owner, int index, String name, String intentJson, Instant at) {
    WorkflowStepRow step =
        new WorkflowStepRow(
            workflowId,
            index,
            name,
            intentJson,
            StepState.PENDING,
            at,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    jdbc.inTransaction(
        "intent of step " + index + " (" + name + ") of workflow " + workflowId,
        c -> {
          fence(c, workflowId, owner, at);
          steps.append(c, step);
          return null;
        });
  }

  @Override
  public void markStepRunning(String workflowId, String owner, int index, Instant at) {
    jdbc.inTransaction(
        "start of step " + index + " of workflow " + workflowId,
        c -> {
          fence(c, workflowId, owner, at);
          steps.markRunning(c, workflowId, index, at);
          return null;
        });
  }

  @Override
  public void recordStepResult(
      String workflowId, String owner, int index, StepState outcome, Instant at, String result) {
    if (!outcome.isFinished()) {
      throw new IllegalArgumentException("step outcome must be DONE or FAILED but was " + outcome);
    }
    Json.requireValid(result, "result of step " + index + " of workflow " + workflowId);
    jdbc.inTransaction(
        "result of step " + index + " of workflow " + workflowId,
        c -> {
          fence(c, workflowId, owner, at);
          steps.finish(c, workflowId, index, outcome, at, result);
          return null;
        });
  }

  @Override
  public List<WorkflowStepRow> steps(String workflowId) {
    return jdbc.read("read of steps of workflow " + workflowId, c -> steps.list(c, workflowId));
  }

  @Override
  public boolean heartbeat(String id, String owner, Instant leaseUntil) {
    return 1
        == jdbc.inTransaction(
            "heartbeat of workflow " + id,
            c ->
                update(
                    c,
                    "UPDATE workflow SET lease_until = ? WHERE id = ? AND lease_owner = ?",
                    leaseUntil.toEpochMilli(),
                    id,
                    owner));
  }

  @Override
  public Optional<WorkflowRow> claimAbandoned(Instant now, String owner, Instant leaseUntil) {
    List<WorkflowRow> candidates =
        query(
            "search for abandoned workflows",
            "WHERE state IN " + ACTIVE + " AND lease_until < ? ORDER BY created_at, id LIMIT 20",
            List.of(now.toEpochMilli()));
    for (WorkflowRow w : candidates) {
      int won =
          jdbc.inTransaction(
              "claim of workflow " + w.id() + " by " + owner,
              c ->
                  update(
                      c,
                      "UPDATE workflow SET lease_owner = ?, lease_until = ?, updated_at = ?"
                          + " WHERE id = ? AND lease_owner = ? AND lease_until = ?",
                      owner,
                      leaseUntil.toEpochMilli(),
                      now.toEpochMilli(),
                      w.id(),
                      w.leaseOwner(),
                      w.leaseUntil().toEpochMilli()));
      if (won == 1) {
        return get(w.id());
      }
    }
    return Optional.empty();
  }

  @Override
  public List<WorkflowRow> list(Optional<String> jobKey, Optional<WorkflowState> state) {
    List<String> where = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    jobKey.ifPresent(
        k -> {
          where.add("job_key = ?");
          args.add(k);
        });
    state.ifPresent(
        s -> {
          where.add("state = ?");
          args.add(s.name());
        });
    String clause = where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where);
    return query("list of workflows", clause + " ORDER BY created_at, id", args);
  }

  @Override
  public boolean hasActiveWorkflow(String jobKey) {
    return !query(
            "search for active workflows of " + jobKey,
            "WHERE job_key = ? AND state IN " + ACTIVE + " LIMIT 1",
            List.of(jobKey))
        .isEmpty();
  }

  private static void fence(Connection c, String workflowId, String owner, Instant at)
      throws SQLException {
    int n =
        update(
            c,
            "UPDATE workflow SET updated_at = ? WHERE id = ? AND lease_owner = ?",
            at.toEpochMilli(),
            workflowId,
            owner);
    if (n != 1) {
      throw new StoreException(
          "workflow " + workflowId + " does not exist or is not leased to " + owner);
    }
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    }
  }

  private List<WorkflowRow> query(String what, String clause, List<Object> args) {
    return jdbc.read(
        what,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + COLUMNS + " FROM workflow " + clause)) {
            for (int i = 0; i < args.size(); i++) {
              ps.setObject(i + 1, args.get(i));
            }
            List<WorkflowRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new WorkflowRow(
                        rs.getString("id"),
                        rs.getString("type"),
                        rs.getString("job_key"),
                        rs.getString("params"),
                        WorkflowState.valueOf(rs.getString("state")),
                        rs.getString("created_by"),
                        rs.getString("reason"),
                        Sql.instant(rs, "created_at"),
                        Sql.instant(rs, "updated_at"),
                        rs.getString("lease_owner"),
                        Sql.instant(rs, "lease_until")));
              }
            }
            return out;
          }
        });
  }
}
