package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.fleet.FailureSignature;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pre-emptive: consumer lag growing faster than it drains. A line through the last {@code
 * lagPoints} lag samples rising by at least {@code lagGrowthPerMinute}, with the newest lag above
 * {@code lagMin}.
 */
public final class LagGrowthRisk implements Detector {
  static final String RULE = "risk.lag-growing";
  private final RiskThresholds t;

  public LagGrowthRisk(RiskThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public List<JobDiagnosis> detect(JobContext job) {
    if (job.latest().state() != JobState.RUNNING) {
      return List.of();
    }
    List<Trend.Point> points = new ArrayList<>();
    for (JobObservation o : job.history()) {
      if (o.jobId().equals(job.latest().jobId()) && o.metrics().consumerLag().isPresent()) {
        points.add(new Trend.Point(o.observedAt(), o.metrics().consumerLag().getAsDouble()));
      }
    }
    if (points.size() < t.lagPoints()) {
      return List.of();
    }
    points = points.subList(points.size() - t.lagPoints(), points.size());
    double latest = points.get(points.size() - 1).value();
    Optional<Trend> fit = Trend.fit(points);
    if (fit.isEmpty()
        || latest < t.lagMin()
        || fit.get().slopePerMinute() < t.lagGrowthPerMinute()) {
      return List.of();
    }
    return List.of(
        Diagnoses.of(
            job,
            Label.BACKPRESSURE_OR_SLOW_OPERATOR,
            Side.USER,
            0.55,
            List.of(Action.SCALE_UP_PARALLELISM),
            List.of(
                "consumer lag "
                    + Math.round(points.get(0).value())
                    + " → "
                    + Math.round(latest)
                    + " records over the last "
                    + points.size()
                    + " samples",
                "growing by about "
                    + Math.round(fit.get().slopePerMinute())
                    + " records per minute"),
            RULE,
            "Input arrives faster than the job processes it: lag grows and latency SLOs will be"
                + " missed.",
            Moment.PREEMPTIVE,
            FailureSignature.of(Label.BACKPRESSURE_OR_SLOW_OPERATOR, "lag growing")));
  }
}
