package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.fleet.FailureSignature;
import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import dev.flotilla.model.TaskManagerObservation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Pre-emptive: GC count rising fast on a TaskManager of the job's cluster, measured between the
 * newest cluster sample and the newest one at least a minute older. Reported on RUNNING jobs of the
 * cluster.
 */
public final class GcRateRisk implements Detector {
  static final String RULE = "risk.gc-rate";
  private final RiskThresholds t;

  public GcRateRisk(RiskThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public List<JobDiagnosis> detect(JobContext job) {
    List<ClusterObservation> ch = job.clusterHistory();
    if (job.latest().state() != JobState.RUNNING || ch.size() < 2) {
      return List.of();
    }
    ClusterObservation cur = ch.get(ch.size() - 1);
    Optional<ClusterObservation> before =
        ch.stream()
            .filter(c -> Duration.between(c.observedAt(), cur.observedAt()).toSeconds() >= 60)
            .reduce((a, b) -> b);
    if (before.isEmpty()) {
      return List.of();
    }
    double minutes =
        Duration.between(before.get().observedAt(), cur.observedAt()).toMillis() / 60_000.0;
    for (TaskManagerObservation tm : cur.taskManagerDetails()) {
      Optional<Long> old =
          before.get().taskManagerDetails().stream()
              .filter(o -> o.id().equals(tm.id()) && o.gcCount().isPresent())
              .map(o -> o.gcCount().getAsLong())
              .findFirst();
      if (tm.gcCount().isEmpty() || old.isEmpty()) {
        continue;
      }
      double rate = (tm.gcCount().getAsLong() - old.get()) / minutes;
      if (rate >= t.gcPerMinute()) {
        return List.of(
            Diagnoses.of(
                job,
                Label.OOM_HEAP,
                Side.USER,
                0.4,
                List.of(Action.INCREASE_HEAP),
                List.of(
                    "TaskManager "
                        + tm.id()
                        + " GC count "
                        + old.get()
                        + " → "
                        + tm.gcCount().getAsLong()
                        + " in "
                        + Diagnoses.num(minutes)
                        + " min ("
                        + Math.round(rate)
                        + " per minute)"),
                RULE,
                "Garbage collection runs very often: the heap is nearly full of live data.",
                Moment.PREEMPTIVE,
                FailureSignature.of(Label.OOM_HEAP, "gc pressure")));
      }
    }
    return List.of();
  }
}
