package dev.flotilla.store.jdbc;

import dev.flotilla.store.NotificationRow;
import dev.flotilla.store.NotificationStateStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link NotificationStateStore} on table {@code notification_state} (migration V60). */
public final class JdbcNotificationStateStore implements NotificationStateStore {
  private static final String COLUMNS =
      "channel, event_key, kind, group_key, job_key, cluster, severity, title, fingerprint,"
          + " opened_at, reminders_sent, next_reminder_at, closed_at";
  private final Jdbc jdbc;

  public JdbcNotificationStateStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<NotificationRow> find(String channel, String key) {
    return query(
            "notification state of " + channel + "/" + key,
            "WHERE channel = ? AND event_key = ?",
            List.of(channel, key))
        .stream()
        .findFirst();
  }

  @Override
  public void save(NotificationRow r) {
    jdbc.inTransaction(
        "save of notification state " + r.channel() + "/" + r.key(),
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO notification_state ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (channel, event_key) DO UPDATE SET kind = excluded.kind,"
                      + " group_key = excluded.group_key, job_key = excluded.job_key,"
                      + " cluster = excluded.cluster, severity = excluded.severity,"
                      + " title = excluded.title, fingerprint = excluded.fingerprint,"
                      + " opened_at = excluded.opened_at,"
                      + " reminders_sent = excluded.reminders_sent,"
                      + " next_reminder_at = excluded.next_reminder_at,"
                      + " closed_at = excluded.closed_at")) {
            ps.setString(1, r.channel());
            ps.setString(2, r.key());
            ps.setString(3, r.kind());
            ps.setString(4, r.groupKey().orElse(null));
            ps.setString(5, r.jobKey());
            ps.setString(6, r.cluster());
            ps.setString(7, r.severity());
            ps.setString(8, r.title());
            ps.setString(9, r.fingerprint());
            ps.setLong(10, r.openedAt().toEpochMilli());
            ps.setInt(11, r.remindersSent());
            optionalInstant(ps, 12, r.nextReminderAt());
            optionalInstant(ps, 13, r.closedAt());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public List<NotificationRow> remindersDue(String channel, Instant now) {
    return query(
        "reminders due on " + channel,
        "WHERE channel = ? AND closed_at IS NULL AND next_reminder_at IS NOT NULL"
            + " AND next_reminder_at <= ? ORDER BY next_reminder_at, event_key",
        List.of(channel, now.toEpochMilli()));
  }

  @Override
  public List<NotificationRow> open(String kind) {
    return query(
        "open notifications of kind " + kind,
        "WHERE kind = ? AND closed_at IS NULL ORDER BY opened_at, event_key",
        List.of(kind));
  }

  @Override
  public int pruneClosedBefore(Instant cutoff) {
    return jdbc.inTransaction(
        "prune of closed notification state",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM notification_state WHERE closed_at IS NOT NULL AND closed_at < ?")) {
            ps.setLong(1, cutoff.toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }

  private List<NotificationRow> query(String what, String clause, List<Object> args) {
    return jdbc.read(
        what,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + COLUMNS + " FROM notification_state " + clause)) {
            bind(ps, args);
            List<NotificationRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(row(rs));
              }
            }
            return out;
          }
        });
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      if (a instanceof Long l) {
        ps.setLong(i + 1, l);
      } else {
        ps.setString(i + 1, (String) a);
      }
    }
  }

  private static NotificationRow row(ResultSet rs) throws SQLException {
    return new NotificationRow(
        rs.getString("channel"),
        rs.getString("event_key"),
        rs.getString("kind"),
        Optional.ofNullable(rs.getString("group_key")),
        rs.getString("job_key"),
        rs.getString("cluster"),
        rs.getString("severity"),
        rs.getString("title"),
        rs.getString("fingerprint"),
        Instant.ofEpochMilli(rs.getLong("opened_at")),
        rs.getInt("reminders_sent"),
        instant(rs, "next_reminder_at"),
        instant(rs, "closed_at"));
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
  }

  private static void optionalInstant(PreparedStatement ps, int i, Optional<Instant> at)
      throws SQLException {
    if (at.isPresent()) {
      ps.setLong(i, at.get().toEpochMilli());
    } else {
      ps.setNull(i, Types.BIGINT);
    }
  }
}
