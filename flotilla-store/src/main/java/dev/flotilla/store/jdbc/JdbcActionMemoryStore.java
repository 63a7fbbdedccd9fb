package dev.flotilla.store.jdbc;

import dev.flotilla.store.ActionMemoryRow;
import dev.flotilla.store.ActionMemoryStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link ActionMemoryStore} on table {@code action_memory} (an upsert keyed by job, label, action).
 */
public final class JdbcActionMemoryStore implements ActionMemoryStore {
  private static final String COLUMNS = "job_key, label, action, at, workflow_id, detail";
  private final Jdbc jdbc;

  public JdbcActionMemoryStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void remember(ActionMemoryRow row) {
    jdbc.inTransaction(
        "remembering failed " + row.action() + " for " + row.label() + " on " + row.jobKey(),
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO action_memory ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (job_key, label, action) DO"
                      + " UPDATE SET at = excluded.at, workflow_id = excluded.workflow_id,"
                      + " detail = excluded.detail")) {
            ps.setString(1, row.jobKey());
            ps.setString(2, row.label());
            ps.setString(3, row.action());
            ps.setLong(4, row.at().toEpochMilli());
            ps.setString(5, row.workflowId());
            ps.setString(6, row.detail());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public List<ActionMemoryRow> list(Optional<String> jobKey) {
    String where = jobKey.isPresent() ? " WHERE job_key = ?" : "";
    return jdbc.read(
        "read of action memory",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM action_memory"
                      + where
                      + " ORDER BY job_key, label, action")) {
            if (jobKey.isPresent()) {
              ps.setString(1, jobKey.get());
            }
            List<ActionMemoryRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new ActionMemoryRow(
                        rs.getString("job_key"),
                        rs.getString("label"),
                        rs.getString("action"),
                        Instant.ofEpochMilli(rs.getLong("at")),
                        rs.getString("workflow_id"),
                        rs.getString("detail")));
              }
            }
            return out;
          }
        });
  }

  @Override
  public int reset(String jobKey, Optional<String> label) {
    return jdbc.inTransaction(
        "reset of action memory of " + jobKey,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM action_memory WHERE job_key = ?"
                      + (label.isPresent() ? " AND label = ?" : ""))) {
            ps.setString(1, jobKey);
            if (label.isPresent()) {
              ps.setString(2, label.get());
            }
            return ps.executeUpdate();
          }
        });
  }
}
