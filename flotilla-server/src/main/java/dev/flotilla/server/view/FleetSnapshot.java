package dev.flotilla.server.view;

import dev.flotilla.model.SliState;
import dev.flotilla.store.DiagnosisRow;
import dev.flotilla.store.HealthRow;
import dev.flotilla.store.JobRow;
import dev.flotilla.store.SliIntervalRow;
import dev.flotilla.store.Store;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the job list needs besides the rows: the open interval state, latest diagnosis and latest
 * adviser health score of each job, read with three queries for the whole fleet, not per job.
 */
public final class FleetSnapshot {
  private final Map<String, SliState> openState = new HashMap<>();
  private final Map<String, DiagnosisRow> latest = new HashMap<>();
  private final Map<String, HealthRow> scored = new HashMap<>();
  private final Instant now;

  private FleetSnapshot(Instant now) {
    this.now = now;
  }

  public static FleetSnapshot read(Store store, Instant now) {
    FleetSnapshot s = new FleetSnapshot(now);
    for (SliIntervalRow r : store.sli().openIntervals()) {
      s.openState.merge(r.interval().jobKey(), r.interval().state(), FleetSnapshot::worse);
    }
    for (DiagnosisRow d : store.diagnoses().latestPerJob()) {
      s.latest.put(d.jobKey(), d);
    }
    for (HealthRow h : store.health().latestPerJob()) {
      s.scored.put(h.jobKey(), h);
    }
    return s;
  }

  /** Of two open states of one job, the one that hurts more (NOT_RUNNING first). */
  static SliState worse(SliState a, SliState b) {
    List<SliState> order =
        List.of(
            SliState.NOT_RUNNING,
            SliState.SCHEDULING,
            SliState.RUNNING_ABNORMAL,
            SliState.UNKNOWN,
            SliState.EXCLUDED,
            SliState.RUNNING_NORMAL);
    return order.indexOf(a) <= order.indexOf(b) ? a : b;
  }

  public Optional<SliState> open(String jobKey) {
    return Optional.ofNullable(openState.get(jobKey));
  }

  public Optional<DiagnosisRow> latest(String jobKey) {
    return Optional.ofNullable(latest.get(jobKey));
  }

  /** The adviser's latest score when it wrote one, else {@link JobHealth#score}. */
  public int health(String jobKey) {
    HealthRow h = scored.get(jobKey);
    return h != null ? h.score() : JobHealth.score(open(jobKey), latest(jobKey), now);
  }

  public Map<String, Object> summary(JobRow row) {
    Map<String, Object> m = Views.job(row);
    m.put("sliState", JobHealth.current(open(row.jobKey())));
    m.put("health", health(row.jobKey()));
    HealthRow h = scored.get(row.jobKey());
    m.put("healthSource", h != null ? "adviser" : "derived");
    m.put("healthFinding", h != null ? h.topFinding() : Optional.empty());
    m.put("diagnosis", latest(row.jobKey()).map(DiagnosisRow::label));
    return m;
  }
}
