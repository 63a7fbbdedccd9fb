package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.fleet.FailureSignature;
import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import dev.flotilla.model.TaskManagerObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pre-emptive: a TaskManager's heap use trending up. Heap samples include garbage, so the rise must
 * show in the lower envelope (the lowest sample of the newer half above the lowest of the older
 * half, an approximation of heap after GC), the newest sample must be above {@code heapMinRatio}
 * and the fitted line must reach {@code heapLimitRatio} within {@code heapHorizon}. Reported on the
 * RUNNING jobs of the cluster (Flink's REST does not say which job's tasks use the heap).
 */
public final class HeapTrendRisk implements Detector {
  static final String RULE = "risk.heap-trend";
  private final RiskThresholds t;

  public HeapTrendRisk(RiskThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public List<JobDiagnosis> detect(JobContext job) {
    if (job.latest().state() != JobState.RUNNING || job.latestCluster().isEmpty()) {
      return List.of();
    }
    for (TaskManagerObservation tm : job.latestCluster().get().taskManagerDetails()) {
      Optional<JobDiagnosis> d = check(job, tm.id());
      if (d.isPresent()) {
        return List.of(d.get());
      }
    }
    return List.of();
  }

  private Optional<JobDiagnosis> check(JobContext job, String tmId) {
    List<Trend.Point> points = new ArrayList<>();
    long max = 0;
    for (ClusterObservation c : job.clusterHistory()) {
      for (TaskManagerObservation tm : c.taskManagerDetails()) {
        if (tm.id().equals(tmId)
            && tm.heapUsedBytes().isPresent()
            && tm.heapMaxBytes().orElse(0) > 0) {
          max = tm.heapMaxBytes().getAsLong();
          points.add(
              new Trend.Point(c.observedAt(), (double) tm.heapUsedBytes().getAsLong() / max));
        }
      }
    }
    if (points.size() < t.heapPoints()) {
      return Optional.empty();
    }
    int half = points.size() / 2;
    double olderLow =
        points.subList(0, half).stream().mapToDouble(Trend.Point::value).min().orElse(1);
    double newerLow =
        points.subList(half, points.size()).stream()
            .mapToDouble(Trend.Point::value)
            .min()
            .orElse(0);
    double latest = points.get(points.size() - 1).value();
    Optional<Instant> crossing = Trend.fit(points).flatMap(f -> f.reaches(t.heapLimitRatio()));
    if (newerLow <= olderLow
        || latest < t.heapMinRatio()
        || crossing.isEmpty()
        || crossing.get().isAfter(job.now().plus(t.heapHorizon()))) {
      return Optional.empty();
    }
    Duration lead = Duration.between(job.now(), crossing.get());
    return Optional.of(
        Diagnoses.of(
            job,
            Label.OOM_HEAP,
            Side.USER,
            0.5,
            List.of(Action.INCREASE_HEAP),
            List.of(
                "TaskManager "
                    + tmId
                    + " heap "
                    + Diagnoses.percent(points.get(0).value())
                    + " → "
                    + Diagnoses.percent(latest)
                    + " of "
                    + (max >> 20)
                    + " MiB over "
                    + points.size()
                    + " samples; lowest samples rising "
                    + Diagnoses.percent(olderLow)
                    + " → "
                    + Diagnoses.percent(newerLow),
                "trend reaches "
                    + Diagnoses.percent(t.heapLimitRatio())
                    + " in about "
                    + Diagnoses.human(lead.isNegative() ? Duration.ZERO : lead)),
            RULE,
            "Heap after GC keeps growing on a TaskManager this job runs on: a leak or state kept"
                + " on the heap; an OutOfMemoryError is likely.",
            Moment.PREEMPTIVE,
            FailureSignature.of(Label.OOM_HEAP, "heap trending up")));
  }
}
