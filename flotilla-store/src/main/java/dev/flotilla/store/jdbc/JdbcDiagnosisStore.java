package dev.flotilla.store.jdbc;

import dev.flotilla.model.Side;
import dev.flotilla.store.DiagnosisRow;
import dev.flotilla.store.DiagnosisStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link DiagnosisStore} on table {@code diagnosis}. */
public final class JdbcDiagnosisStore implements DiagnosisStore {

  private static final String COLUMNS =
      "job_key, at, label, side, confidence, actions, evidence, summary, incident_id";

  private final Jdbc jdbc;

  public JdbcDiagnosisStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void append(List<DiagnosisRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbc.inTransaction(
        "append of " + rows.size() + " diagnoses",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO diagnosis (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DiagnosisRow row : rows) {
              ps.setString(1, row.jobKey());
              Sql.instant(ps, 2, row.at());
              ps.setString(3, row.label());
              ps.setString(4, row.side().name());
              ps.setDouble(5, row.confidence());
              ps.setString(6, Json.strings(row.actions()));
              ps.setString(7, Json.strings(row.evidence()));
              ps.setString(8, row.summary());
              Sql.text(ps, 9, row.incidentId());
              ps.addBatch();
            }
            return ps.executeBatch();
          }
        });
  }

  @Override
  public Optional<DiagnosisRow> latest(String jobKey) {
    return query(
            "read of latest diagnosis of " + jobKey,
            "SELECT "
                + COLUMNS
                + " FROM diagnosis WHERE job_key = ? ORDER BY at DESC, id DESC"
                + " LIMIT 1",
            List.of(jobKey))
        .stream()
        .findFirst();
  }

  @Override
  public List<DiagnosisRow> latestPerJob() {
    return query(
        "read of latest diagnosis per job",
        "SELECT "
            + COLUMNS
            + " FROM diagnosis d WHERE d.id = (SELECT x.id FROM diagnosis x"
            + " WHERE x.job_key = d.job_key ORDER BY x.at DESC, x.id DESC LIMIT 1)"
            + " ORDER BY job_key",
        List.of());
  }

  @Override
  public List<DiagnosisRow> list(String jobKey, Instant from, Instant to) {
    return query(
        "list of diagnoses of " + jobKey,
        "SELECT "
            + COLUMNS
            + " FROM diagnosis WHERE job_key = ? AND at >= ? AND at < ? ORDER BY at, id",
        List.of(jobKey, from.toEpochMilli(), to.toEpochMilli()));
  }

  private List<DiagnosisRow> query(String what, String sql, List<Object> args) {
    return jdbc.read(
        what,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
              ps.setObject(i + 1, args.get(i));
            }
            List<DiagnosisRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(read(rs));
              }
            }
            return out;
          }
        });
  }

  private static DiagnosisRow read(ResultSet rs) throws SQLException {
    return new DiagnosisRow(
        rs.getString("job_key"),
        Sql.instant(rs, "at"),
        rs.getString("label"),
        Side.valueOf(rs.getString("side")),
        rs.getDouble("confidence"),
        Json.strings(rs.getString("actions"), "diagnosis.actions"),
        Json.strings(rs.getString("evidence"), "diagnosis.evidence"),
        rs.getString("summary"),
        Sql.text(rs, "incident_id"));
  }
}
