package dev.flotilla.store.jdbc;

import dev.flotilla.model.Side;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import dev.flotilla.store.SliIntervalRow;
import dev.flotilla.store.SliStore;
import dev.flotilla.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link SliStore} on tables {@code sli_interval} and {@code sli_watermark}. */
public final class JdbcSliStore implements SliStore {

  private static final String COLUMNS =
      "id, job_key, cluster, tier, owner, state, start_at, end_at, reasons, side, evidence";
  private static final String INSERT =
      "INSERT INTO sli_interval (job_key, cluster, tier, owner, state, start_at, end_at, reasons,"
          + " side, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String CLOSE =
      "UPDATE sli_interval SET end_at = ?, reasons = ?, evidence = ? WHERE job_key = ?"
          + " AND start_at = ?"
          + " AND end_at IS NULL";

  private final Jdbc jdbc;

  public JdbcSliStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<SliIntervalRow> openIntervals() {
    return query(
        "read of open SLI intervals",
        "SELECT " + COLUMNS + " FROM sli_interval WHERE end_at IS NULL ORDER BY job_key",
        List.of());
  }

  @Override
  public void saveIntervalChanges(
      List<SliInterval> opened, List<SliInterval> closed, Instant watermark) {
    for (SliInterval interval : closed) {
      if (interval.isOpen()) {
        throw new IllegalArgumentException(
            "interval of " + interval.jobKey() + " from " + interval.start() + " has no end");
      }
    }
    jdbc.inTransaction(
        "save of SLI changes up to " + watermark,
        c -> {
          Optional<Instant> previous = readWatermark(c);
          Set<String> insertedClosed = insert(c, opened, closed);
          close(c, closed, insertedClosed, previous);
          moveWatermark(c, watermark);
          return null;
        });
  }

  /** Inserts opened intervals; one also in {@code closed} is inserted closed at once. */
  private static Set<String> insert(
      Connection c, List<SliInterval> opened, List<SliInterval> closed) throws SQLException {
    Set<String> insertedClosed = new HashSet<>();
    java.util.Map<String, SliInterval> closedByKey = new java.util.HashMap<>();
    closed.forEach(i -> closedByKey.put(key(i), i));
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      for (SliInterval interval : opened) {
        SliInterval toWrite = interval;
        SliInterval end = closedByKey.get(key(interval));
        if (end != null) {
          toWrite = end;
          insertedClosed.add(key(end));
        }
        bind(ps, toWrite);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return insertedClosed;
  }

  /**
   * Closes stored open intervals. An interval that opened and closed again inside this batch (the
   * batch covered several minutes, e.g. after a cycle longer than a minute) is not stored yet: it
   * is inserted closed when it starts at or after the previous watermark; any other unknown
   * interval is an error.
   */
  private static void close(
      Connection c,
      List<SliInterval> closed,
      Set<String> insertedClosed,
      Optional<Instant> previousWatermark)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(CLOSE);
        PreparedStatement insert = c.prepareStatement(INSERT)) {
      for (SliInterval interval : closed) {
        if (insertedClosed.contains(key(interval))) {
          continue;
        }
        Sql.instant(ps, 1, interval.end());
        ps.setString(2, Json.strings(interval.reasons().stream().sorted().toList()));
        ps.setString(3, Json.strings(interval.evidence()));
        ps.setString(4, interval.jobKey());
        Sql.instant(ps, 5, interval.start());
        if (ps.executeUpdate() == 1) {
          continue;
        }
        if (previousWatermark.isEmpty() || !interval.start().isBefore(previousWatermark.get())) {
          bind(insert, interval);
          insert.executeUpdate();
        } else {
          throw new StoreException(
              "no open SLI interval of job "
                  + interval.jobKey()
                  + " starting at "
                  + interval.start()
                  + " to close; nothing saved");
        }
      }
    }
  }

  private static void moveWatermark(Connection c, Instant watermark) throws SQLException {
    Optional<Instant> current = readWatermark(c);
    if (current.isPresent() && watermark.isBefore(current.get())) {
      throw new StoreException(
          "SLI watermark may not move back from " + current.get() + " to " + watermark);
    }
    String sql =
        current.isPresent()
            ? "UPDATE sli_watermark SET minute_at = ? WHERE id = 1"
            : "INSERT INTO sli_watermark (minute_at, id) VALUES (?, 1)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Sql.instant(ps, 1, watermark);
      ps.executeUpdate();
    }
  }

  private static String key(SliInterval interval) {
    return interval.jobKey() + "@" + interval.start().toEpochMilli();
  }

  @Override
  public Optional<Instant> watermark() {
    return jdbc.read("read of SLI watermark", JdbcSliStore::readWatermark);
  }

  private static Optional<Instant> readWatermark(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT minute_at FROM sli_watermark");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(Sql.instant(rs, "minute_at")) : Optional.empty();
    }
  }

  @Override
  public List<SliIntervalRow> intervals(Instant from, Instant to, Optional<String> jobKey) {
    List<Object> args = new ArrayList<>(List.of(to.toEpochMilli(), from.toEpochMilli()));
    jobKey.ifPresent(args::add);
    return query(
        "read of SLI intervals from " + from + " to " + to,
        "SELECT "
            + COLUMNS
            + " FROM sli_interval WHERE start_at < ? AND (end_at IS NULL OR end_at > ?)"
            + (jobKey.isPresent() ? " AND job_key = ?" : "")
            + " ORDER BY start_at, job_key",
        args);
  }

  private List<SliIntervalRow> query(String what, String sql, List<Object> args) {
    return jdbc.read(
        what,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
              ps.setObject(i + 1, args.get(i));
            }
            List<SliIntervalRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(new SliIntervalRow(rs.getLong("id"), read(rs)));
              }
            }
            return out;
          }
        });
  }

  private static void bind(PreparedStatement ps, SliInterval interval) throws SQLException {
    ps.setString(1, interval.jobKey());
    ps.setString(2, interval.cluster());
    Sql.text(ps, 3, interval.tier().map(Tier::name));
    Sql.text(ps, 4, interval.owner());
    ps.setString(5, interval.state().name());
    Sql.instant(ps, 6, interval.start());
    Sql.instant(ps, 7, interval.end());
    ps.setString(8, Json.strings(interval.reasons().stream().sorted().toList()));
    ps.setString(9, interval.side().name());
    ps.setString(10, Json.strings(interval.evidence()));
  }

  private static SliInterval read(ResultSet rs) throws SQLException {
    return new SliInterval(
        rs.getString("job_key"),
        rs.getString("cluster"),
        Sql.text(rs, "tier").map(Tier::parse),
        Sql.text(rs, "owner"),
        SliState.valueOf(rs.getString("state")),
        Sql.instant(rs, "start_at"),
        Sql.optionalInstant(rs, "end_at"),
        Set.copyOf(Json.strings(rs.getString("reasons"), "sli_interval.reasons")),
        Side.valueOf(rs.getString("side")),
        Json.strings(rs.getString("evidence"), "sli_interval.evidence"));
  }
}
