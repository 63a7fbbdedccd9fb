package dev.flotilla.store.jdbc;

import dev.flotilla.model.JobState;
import dev.flotilla.model.Tier;
import dev.flotilla.store.CheckpointRef;
import dev.flotilla.store.JobFilter;
import dev.flotilla.store.JobRow;
import dev.flotilla.store.JobStore;
import dev.flotilla.store.StoreException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link JobStore} on table {@code job_state}. Two filters keep an unchanged fleet cheap: rows
 * equal (but for {@code observedAt}) to what this store last wrote or confirmed are not sent at
 * all, and the upsert's {@code WHERE ... IS DISTINCT FROM} makes the database skip rows it already
 * holds (after a restart, or rows another instance wrote). Measured alternative: reading unseen
 * rows back first was no faster (docs/benchmarks/store.md).
 */
public final class JdbcJobStore implements JobStore {

  static final int CHUNK = 1_000;
  private static final String[] CONTENT = {
    "cluster",
    "flink_job_id",
    "name",
    "tier",
    "owner",
    "managed",
    "state",
    "last_exception",
    "checkpoint_at",
    "checkpoint_path",
    "restarts",
    "parallelism"
  };
  private static final String COLUMNS =
      "job_key, cluster, flink_job_id, name, tier, owner, managed, state, observed_at,"
          + " last_exception, checkpoint_at, checkpoint_path, restarts, parallelism";
  private static final String UPSERT = upsertSql();

  private final Jdbc jdbc;
  private final Map<String, JobRow> confirmed = new HashMap<>();

  public JdbcJobStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  private static String upsertSql() {
    StringBuilder sql =
        new StringBuilder("INSERT INTO job_state (" + COLUMNS + ") VALUES (")
            .append("?, ".repeat(13))
            .append("?) ON CONFLICT (job_key) DO UPDATE SET observed_at = excluded.observed_at");
    for (String column : CONTENT) {
      sql.append(", ").append(column).append(" = excluded.").append(column);
    }
    sql.append(" WHERE ");
    for (int i = 0; i < CONTENT.length; i++) {
      String column = CONTENT[i];
      sql.append(i == 0 ? "" : " OR ")
          .append("job_state.")
          .append(column)
          .append(" IS DISTINCT FROM excluded.")
          .append(column);
    }
    return sql.toString();
  }

  @Override
  public synchronized int upsertAll(List<JobRow> rows) {
    List<JobRow> changed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JobRow row : rows) {
      if (!seen.add(row.jobKey())) {
        throw new IllegalArgumentException("job key " + row.jobKey() + " appears twice in a batch");
      }
      JobRow last = confirmed.get(row.jobKey());
      if (last == null || !last.sameContentAs(row)) {
        changed.add(row);
      }
    }
    if (changed.isEmpty()) {
      return 0;
    }
    List<JobRow> toWrite = changed;
    int written =
        jdbc.inTransaction(
            "upsert of " + changed.size() + " job rows",
            c -> {
              int sum = 0;
              for (int from = 0; from < toWrite.size(); from += CHUNK) {
                sum += writeChunk(c, toWrite.subList(from, Math.min(toWrite.size(), from + CHUNK)));
              }
              return sum;
            });
    for (JobRow row : changed) {
      confirmed.put(row.jobKey(), row);
    }
    return written;
  }

  private static int writeChunk(Connection c, List<JobRow> chunk) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
      for (JobRow row : chunk) {
        bind(ps, row);
        ps.addBatch();
      }
      int[] counts;
      try {
        counts = ps.executeBatch();
      } catch (BatchUpdateException e) {
        int failed = e.getUpdateCounts() == null ? -1 : e.getUpdateCounts().length;
        String which =
            failed >= 0 && failed < chunk.size()
                ? "job "
                    + chunk.get(failed).jobKey()
                    + " (cluster "
                    + chunk.get(failed).cluster()
                    + ")"
                : "a job row";
        throw new StoreException(
            "upsert of job rows failed at " + which + "; nothing written: " + e.getMessage(), e);
      }
      int sum = 0;
      for (int count : counts) {
        sum += count == Statement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
      }
      return sum;
    }
  }

  private static void bind(PreparedStatement ps, JobRow row) throws SQLException {
    ps.setString(1, row.jobKey());
    ps.setString(2, row.cluster());
    Sql.text(ps, 3, row.flinkJobId());
    ps.setString(4, row.name());
    Sql.text(ps, 5, row.tier().map(Tier::name));
    Sql.text(ps, 6, row.owner());
    ps.setBoolean(7, row.managed());
    ps.setString(8, row.state().name());
    Sql.instant(ps, 9, row.observedAt());
    Sql.text(ps, 10, row.lastException());
    Sql.instant(ps, 11, row.checkpointAt());
    Sql.text(ps, 12, row.checkpointPath());
    Sql.bigint(ps, 13, row.restarts());
    Sql.integer(ps, 14, row.parallelism());
  }

  @Override
  public Optional<JobRow> get(String jobKey) {
    return jdbc.read(
        "read of job " + jobKey,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + COLUMNS + " FROM job_state WHERE job_key = ?")) {
            ps.setString(1, jobKey);
            return rows(ps).stream().findFirst();
          }
        });
  }

  @Override
  public List<JobRow> list(JobFilter filter) {
    List<String> where = new ArrayList<>();
    List<String> args = new ArrayList<>();
    filter.cluster().ifPresent(v -> add(where, args, "cluster", v));
    filter.state().ifPresent(v -> add(where, args, "state", v.name()));
    filter.tier().ifPresent(v -> add(where, args, "tier", v.name()));
    filter.owner().ifPresent(v -> add(where, args, "owner", v));
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM job_state"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY job_key";
    return jdbc.read(
        "list of jobs " + filter,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
              ps.setString(i + 1, args.get(i));
            }
            return rows(ps);
          }
        });
  }

  private static void add(List<String> where, List<String> args, String column, String value) {
    where.add(column + " = ?");
    args.add(value);
  }

  private static List<JobRow> rows(PreparedStatement ps) throws SQLException {
    List<JobRow> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new JobRow(
                rs.getString("job_key"),
                rs.getString("cluster"),
                Sql.text(rs, "flink_job_id"),
                rs.getString("name"),
                Sql.text(rs, "tier").map(Tier::parse),
                Sql.text(rs, "owner"),
                rs.getBoolean("managed"),
                JobState.parse(rs.getString("state")),
                Sql.instant(rs, "observed_at"),
                Sql.text(rs, "last_exception"),
                Sql.optionalInstant(rs, "checkpoint_at"),
                Sql.text(rs, "checkpoint_path"),
                Sql.bigint(rs, "restarts"),
                Sql.integer(rs, "parallelism")));
      }
    }
    return out;
  }

  @Override
  public void recordLastGoodCheckpoint(String jobKey, String path, Instant at) {
    CheckpointRef ref = new CheckpointRef(jobKey, path, at);
    jdbc.inTransaction(
        "record of last good checkpoint of " + jobKey,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO last_good_checkpoint (job_key, path, at) VALUES (?, ?, ?)"
                      + " ON CONFLICT (job_key) DO UPDATE SET path = excluded.path,"
                      + " at = excluded.at")) {
            ps.setString(1, ref.jobKey());
            ps.setString(2, ref.path());
            Sql.instant(ps, 3, ref.at());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Optional<CheckpointRef> lastGoodCheckpoint(String jobKey) {
    return jdbc.read(
        "read of last good checkpoint of " + jobKey,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT path, at FROM last_good_checkpoint WHERE job_key = ?")) {
            ps.setString(1, jobKey);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(
                      new CheckpointRef(jobKey, rs.getString("path"), Sql.instant(rs, "at")))
                  : Optional.empty();
            }
          }
        });
  }
}
