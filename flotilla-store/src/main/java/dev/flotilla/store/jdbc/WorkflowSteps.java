package dev.flotilla.store.jdbc;

import dev.flotilla.store.StepState;
import dev.flotilla.store.StoreException;
import dev.flotilla.store.WorkflowStepRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Step rows of table {@code workflow_step}, with the ordering rules intent → running → result. */
final class WorkflowSteps {

  private static final String COLUMNS =
      "workflow_id, step_index, name, intent, state, created_at, started_at, ended_at, result";

  void append(Connection c, WorkflowStepRow step) throws SQLException {
    List<WorkflowStepRow> existing = list(c, step.workflowId());
    if (step.index() != existing.size()) {
      throw new StoreException(
          "step "
              + step.index()
              + " of workflow "
              + step.workflowId()
              + " is out of order: next index is "
              + existing.size());
    }
    if (!existing.isEmpty() && !existing.get(existing.size() - 1).state().isFinished()) {
      throw new StoreException(
          "step "
              + step.index()
              + " of workflow "
              + step.workflowId()
              + " cannot start before step "
              + (step.index() - 1)
              + " has a result");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO workflow_step (workflow_id, step_index, name, intent, state, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, step.workflowId());
      ps.setInt(2, step.index());
      ps.setString(3, step.name());
      ps.setString(4, step.intentJson());
      ps.setString(5, StepState.PENDING.name());
      Sql.instant(ps, 6, step.createdAt());
      ps.executeUpdate();
    }
  }

  void markRunning(Connection c, String workflowId, int index, Instant at) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE workflow_step SET state = 'RUNNING', started_at = ?"
                + " WHERE workflow_id = ? AND step_index = ? AND state = 'PENDING'")) {
      Sql.instant(ps, 1, at);
      ps.setString(2, workflowId);
      ps.setInt(3, index);
      if (ps.executeUpdate() != 1) {
        throw new StoreException(
            "step " + index + " of workflow " + workflowId + " has no PENDING intent to start");
      }
    }
  }

  void finish(
      Connection c, String workflowId, int index, StepState outcome, Instant at, String result)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE workflow_step SET state = ?, ended_at = ?, result = ?"
                + " WHERE workflow_id = ? AND step_index = ? AND state IN ('PENDING', 'RUNNING')")) {
      ps.setString(1, outcome.name());
      Sql.instant(ps, 2, at);
      ps.setString(3, result);
      ps.setString(4, workflowId);
      ps.setInt(5, index);
      if (ps.executeUpdate() != 1) {
        throw new StoreException(
            "step "
                + index
                + " of workflow "
                + workflowId
                + " has no unfinished intent to record a result for");
      }
    }
  }

  List<WorkflowStepRow> list(Connection c, String workflowId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM workflow_step WHERE workflow_id = ? ORDER BY step_index")) {
      ps.setString(1, workflowId);
      List<WorkflowStepRow> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new WorkflowStepRow(
                  rs.getString("workflow_id"),
                  rs.getInt("step_index"),
                  rs.getString("name"),
                  rs.getString("intent"),
                  StepState.valueOf(rs.getString("state")),
                  Sql.instant(rs, "created_at"),
                  Sql.optionalInstant(rs, "started_at"),
                  Sql.optionalInstant(rs, "ended_at"),
                  Sql.text(rs, "result")));
        }
      }
      return out;
    }
  }
}
