package dev.flotilla.app.loop;

import dev.flotilla.adviser.live.AdviserCycle;
import dev.flotilla.adviser.live.JobDiagnosis;
import dev.flotilla.adviser.live.JobHealth;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Tier;
import dev.flotilla.sla.SlaChanges;
import dev.flotilla.sla.SliMinute;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What one control-loop cycle saw and did. */
public record CycleReport(
    Instant startedAt,
    Duration took,
    List<ClusterSnapshot> snapshots,
    SlaChanges slaChanges,
    int jobRowsWritten,
    List<JobStatus> jobs,
    AdviserCycle advice) {

  public CycleReport {
    Objects.requireNonNull(startedAt);
    Objects.requireNonNull(took);
    snapshots = List.copyOf(snapshots);
    Objects.requireNonNull(slaChanges);
    jobs = List.copyOf(jobs);
    Objects.requireNonNull(advice);
  }

  /** One job as of this cycle: its Flink state now and its SLI in the last finished minute. */
  public record JobStatus(
      String jobKey,
      String cluster,
      JobState flinkState,
      Optional<SliMinute> lastMinute,
      Optional<Tier> tier,
      Optional<JobHealth> health,
      Optional<JobDiagnosis> diagnosis) {
    public JobStatus {
      Objects.requireNonNull(jobKey);
      Objects.requireNonNull(cluster);
      Objects.requireNonNull(flinkState);
      Objects.requireNonNull(lastMinute);
      Objects.requireNonNull(tier);
      Objects.requireNonNull(health);
      Objects.requireNonNull(diagnosis);
    }
  }

  public int jobCount() {
    return jobs.size();
  }
}
