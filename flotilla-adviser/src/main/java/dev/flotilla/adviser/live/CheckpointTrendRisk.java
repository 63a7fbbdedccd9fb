package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.fleet.FailureSignature;
import dev.flotilla.model.CheckpointSummary;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Pre-emptive: completed checkpoint durations trending towards the checkpoint timeout. A
 * least-squares line through the last {@code checkpointPoints} distinct completed checkpoints (time
 * of completion, duration) that reaches the timeout within {@code checkpointHorizon} while the
 * latest checkpoint still completed is a risk, reported before the first one expires.
 */
public final class CheckpointTrendRisk implements Detector {
  static final String RULE = "risk.checkpoint-duration-trend";
  private final RiskThresholds t;

  public CheckpointTrendRisk(RiskThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public List<JobDiagnosis> detect(JobContext job) {
    if (job.latest().state() != JobState.RUNNING) {
      return List.of();
    }
    List<Trend.Point> points = lastCompleted(job.history(), job.latest().jobId());
    if (points.size() < t.checkpointPoints()) {
      return List.of();
    }
    points = points.subList(points.size() - t.checkpointPoints(), points.size());
    double timeoutMs = job.checkpointTimeout().toMillis();
    double latest = points.get(points.size() - 1).value();
    Optional<Trend> fit = Trend.fit(points);
    if (fit.isEmpty() || latest >= timeoutMs) {
      return List.of();
    }
    Optional<Instant> crossing = fit.get().reaches(timeoutMs);
    if (crossing.isEmpty() || crossing.get().isAfter(job.now().plus(t.checkpointHorizon()))) {
      return List.of();
    }
    Duration lead = Duration.between(job.now(), crossing.get());
    List<String> evidence = new ArrayList<>();
    evidence.add(
        "last "
            + points.size()
            + " checkpoint durations: "
            + points.stream()
                .map(p -> Diagnoses.seconds(p.value()))
                .collect(Collectors.joining(", ")));
    evidence.add(
        "trend +"
            + Diagnoses.seconds(fit.get().slopePerMinute())
            + " per minute reaches the "
            + Diagnoses.seconds(timeoutMs)
            + " checkpoint timeout "
            + (lead.isNegative() ? "now" : "in about " + Diagnoses.human(lead))
            + " (at "
            + crossing.get()
            + ")");
    return List.of(
        Diagnoses.of(
            job,
            Label.CHECKPOINT_TIMEOUT_OR_FAILURE,
            Side.USER,
            0.6,
            List.of(Action.TUNE_CHECKPOINTING),
            evidence,
            RULE,
            "Checkpoints take longer each time and will soon expire: state growth, backpressure"
                + " delaying barriers, or slow checkpoint storage.",
            Moment.PREEMPTIVE,
            FailureSignature.of(
                Label.CHECKPOINT_TIMEOUT_OR_FAILURE, "duration trending to timeout")));
  }

  /** (completion time, duration ms) of each distinct completed checkpoint, oldest first. */
  static List<Trend.Point> lastCompleted(List<JobObservation> history, String jobId) {
    Map<Instant, Trend.Point> byCompletion = new LinkedHashMap<>();
    for (JobObservation o : history) {
      CheckpointSummary cp = o.checkpoints();
      if (o.jobId().equals(jobId)
          && cp.latestCompletedAt().isPresent()
          && cp.latestCompletedDurationMs().orElse(-1) >= 0) {
        Instant at = cp.latestCompletedAt().get();
        byCompletion.put(at, new Trend.Point(at, cp.latestCompletedDurationMs().getAsLong()));
      }
    }
    return byCompletion.values().stream().sorted((a, b) -> a.at().compareTo(b.at())).toList();
  }
}
