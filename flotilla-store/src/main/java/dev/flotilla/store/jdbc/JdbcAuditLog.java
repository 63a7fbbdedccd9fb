package dev.flotilla.store.jdbc;

import dev.flotilla.store.AuditEntry;
import dev.flotilla.store.AuditLog;
import dev.flotilla.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link AuditLog} on table {@code audit_log}. */
public final class JdbcAuditLog implements AuditLog {

  private final Jdbc jdbc;

  public JdbcAuditLog(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public long append(AuditEntry entry) {
    return jdbc.inTransaction(
        "audit of " + entry.action() + " on " + entry.target(),
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO audit_log (at, actor, action, target, details, outcome)"
                      + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            Sql.instant(ps, 1, entry.at());
            ps.setString(2, entry.actor());
            ps.setString(3, entry.action());
            ps.setString(4, entry.target());
            ps.setString(5, entry.detailsJson());
            ps.setString(6, entry.outcome());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                throw new StoreException("audit insert returned no id");
              }
              return rs.getLong(1);
            }
          }
        });
  }

  @Override
  public List<AuditEntry> query(Instant from, Instant to, Optional<String> target, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("audit query limit must be positive but was " + limit);
    }
    String sql =
        "SELECT at, actor, action, target, details, outcome FROM audit_log WHERE at >= ? AND at < ?"
            + (target.isPresent() ? " AND target = ?" : "")
            + " ORDER BY at, id LIMIT ?";
    return jdbc.read(
        "audit query from " + from + " to " + to,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            Sql.instant(ps, i++, from);
            Sql.instant(ps, i++, to);
            if (target.isPresent()) {
              ps.setString(i++, target.get());
            }
            ps.setInt(i, limit);
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new AuditEntry(
                        Sql.instant(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("details"),
                        rs.getString("outcome")));
              }
            }
            return out;
          }
        });
  }
}
