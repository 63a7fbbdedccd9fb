package dev.flotilla.store.jdbc;

import dev.flotilla.store.ClusterRow;
import dev.flotilla.store.ClusterStateStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link ClusterStateStore} on table {@code cluster_state}. */
public final class JdbcClusterStateStore implements ClusterStateStore {

  private static final String COLUMNS =
      "name, rest_url, flink_version, zone, reachable, last_error, last_poll_at, tm_count,"
          + " slots_total, slots_available";
  private static final String UPSERT =
      "INSERT INTO cluster_state ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
          + " rest_url = excluded.rest_url, flink_version = excluded.flink_version,"
          + " zone = excluded.zone, reachable = excluded.reachable,"
          + " last_error = excluded.last_error, last_poll_at = excluded.last_poll_at,"
          + " tm_count = excluded.tm_count, slots_total = excluded.slots_total,"
          + " slots_available = excluded.slots_available";

  private final Jdbc jdbc;

  public JdbcClusterStateStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void upsert(ClusterRow row) {
    jdbc.inTransaction(
        "upsert of cluster " + row.name(),
        c -> {
          try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, row.name());
            ps.setString(2, row.restUrl());
            Sql.text(ps, 3, row.flinkVersion());
            Sql.text(ps, 4, row.zone());
            ps.setBoolean(5, row.reachable());
            Sql.text(ps, 6, row.lastError());
            Sql.instant(ps, 7, row.lastPollAt());
            Sql.integer(ps, 8, row.taskManagers());
            Sql.integer(ps, 9, row.slotsTotal());
            Sql.integer(ps, 10, row.slotsAvailable());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Optional<ClusterRow> get(String name) {
    return jdbc.read(
        "read of cluster " + name,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + COLUMNS + " FROM cluster_state WHERE name = ?")) {
            ps.setString(1, name);
            List<ClusterRow> rows = rows(ps);
            return rows.stream().findFirst();
          }
        });
  }

  @Override
  public List<ClusterRow> list() {
    return jdbc.read(
        "list of clusters",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + COLUMNS + " FROM cluster_state ORDER BY name")) {
            return rows(ps);
          }
        });
  }

  private static List<ClusterRow> rows(PreparedStatement ps) throws SQLException {
    List<ClusterRow> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new ClusterRow(
                rs.getString("name"),
                rs.getString("rest_url"),
                Sql.text(rs, "flink_version"),
                Sql.text(rs, "zone"),
                rs.getBoolean("reachable"),
                Sql.text(rs, "last_error"),
                Sql.instant(rs, "last_poll_at"),
                Sql.integer(rs, "tm_count"),
                Sql.integer(rs, "slots_total"),
                Sql.integer(rs, "slots_available")));
      }
    }
    return out;
  }
}
