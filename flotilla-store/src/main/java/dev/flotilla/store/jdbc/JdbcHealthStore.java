package dev.flotilla.store.jdbc;

import dev.flotilla.store.HealthRow;
import dev.flotilla.store.HealthStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link HealthStore} on table {@code job_health}. */
public final class JdbcHealthStore implements HealthStore {
  private final Jdbc jdbc;

  public JdbcHealthStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void append(List<HealthRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbc.inTransaction(
        "append of " + rows.size() + " health scores",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO job_health (job_key, at, score, top_finding) VALUES (?, ?, ?, ?)")) {
            for (HealthRow row : rows) {
              ps.setString(1, row.jobKey());
              Sql.instant(ps, 2, row.at());
              ps.setInt(3, row.score());
              Sql.text(ps, 4, row.topFinding());
              ps.addBatch();
            }
            return ps.executeBatch();
          }
        });
  }

  @Override
  public List<HealthRow> latestPerJob() {
    return query(
        "read of latest health per job",
        "SELECT h.job_key, h.at, h.score, h.top_finding FROM job_health h"
            + " WHERE h.at = (SELECT MAX(x.at) FROM job_health x WHERE x.job_key = h.job_key)"
            + " ORDER BY h.job_key",
        List.of());
  }

  @Override
  public List<HealthRow> history(String jobKey, Instant from, Instant to) {
    return query(
        "read of health history of " + jobKey,
        "SELECT job_key, at, score, top_finding FROM job_health"
            + " WHERE job_key = ? AND at >= ? AND at < ? ORDER BY at",
        List.of(jobKey, from.toEpochMilli(), to.toEpochMilli()));
  }

  private List<HealthRow> query(String what, String sql, List<Object> args) {
    return jdbc.read(
        what,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
              ps.setObject(i + 1, args.get(i));
            }
            List<HealthRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(read(rs));
              }
            }
            return out;
          }
        });
  }

  private static HealthRow read(ResultSet rs) throws SQLException {
    return new HealthRow(
        rs.getString("job_key"),
        Sql.instant(rs, "at"),
        rs.getInt("score"),
        Sql.text(rs, "top_finding"));
  }
}
