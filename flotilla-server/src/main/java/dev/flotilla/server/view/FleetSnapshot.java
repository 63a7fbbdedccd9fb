package dev.flotilla.server.view;

import dev.flotilla.model.SliState;
import dev.flotilla.store.DiagnosisRow;
import dev.flotilla.store.JobRow;
import dev.flotilla.store.SliIntervalRow;
import dev.flotilla.store.Store;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the job list needs besides the rows: the open interval state and latest diagnosis of each
 * job, read with two queries for the whole fleet rather than two per job.
 */
public final class FleetSnapshot {
  private final Map<String, SliState> openState = new HashMap<>();
  private final Map<String, DiagnosisRow> latest = new HashMap<>();
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

  public int health(String jobKey) {
    return JobHealth.score(open(jobKey), latest(jobKey), now);
  }

  public Map<String, Object> summary(JobRow row) {
    Map<String, Object> m = Views.job(row);
    m.put("sliState", JobHealth.current(open(row.jobKey())));
    m.put("health", health(row.jobKey()));
    m.put("diagnosis", latest(row.jobKey()).map(DiagnosisRow::label));
    return m;
  }
}
