package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.fleet.FailureSignature;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.Side;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Pre-emptive: restarts accelerating. Restarts in the last {@code restartWindow} must be at least
 * {@code restartAccelerationMin} and at least {@code restartAccelerationFactor} times those of the
 * window before (which must have had one), read from the observations closest to each window start.
 */
public final class RestartAccelerationRisk implements Detector {
  static final String RULE = "risk.restarts-accelerating";
  private final RiskThresholds t;

  public RestartAccelerationRisk(RiskThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public List<JobDiagnosis> detect(JobContext job) {
    JobObservation last = job.latest();
    OptionalLong now = last.metrics().numRestarts();
    Instant w1 = job.now().minus(t.restartWindow());
    Instant w2 = w1.minus(t.restartWindow());
    Optional<JobObservation> atW1 = firstAtOrAfter(job, w1);
    Optional<JobObservation> atW2 =
        firstAtOrAfter(job, w2).filter(o -> o.observedAt().isBefore(w1));
    if (now.isEmpty() || atW1.isEmpty() || atW2.isEmpty()) {
      return List.of();
    }
    long r1 = atW1.get().metrics().numRestarts().orElse(-1);
    long r2 = atW2.get().metrics().numRestarts().orElse(-1);
    if (r1 < 0 || r2 < 0) {
      return List.of();
    }
    long recent = now.getAsLong() - r1;
    long before = r1 - r2;
    if (before < 1
        || recent < t.restartAccelerationMin()
        || recent < t.restartAccelerationFactor() * before) {
      return List.of();
    }
    String ev =
        "restarts per "
            + Diagnoses.human(t.restartWindow())
            + ": "
            + before
            + " → "
            + recent
            + " (numRestarts "
            + r2
            + " at "
            + atW2.get().observedAt()
            + ", "
            + r1
            + " at "
            + atW1.get().observedAt()
            + ", "
            + now.getAsLong()
            + " now)";
    Label label = job.exception().map(r -> r.advice().label()).orElse(Label.UNKNOWN);
    Side side = job.exception().map(r -> r.advice().side()).orElse(Side.UNKNOWN);
    List<Action> actions = job.exception().map(r -> r.advice().actions()).orElse(List.of());
    List<String> evidence = job.exception().map(r -> List.of(ev, r.quote())).orElse(List.of(ev));
    return List.of(
        Diagnoses.of(
            job,
            label,
            side,
            0.5,
            actions,
            evidence,
            RULE,
            "Restarts are accelerating; the job is heading for a restart loop or for exhausting"
                + " its restart strategy.",
            Moment.PREEMPTIVE,
            FailureSignature.of(label, "restarts accelerating")));
  }

  private static Optional<JobObservation> firstAtOrAfter(JobContext job, Instant at) {
    String id = job.latest().jobId();
    return job.history().stream()
        .filter(o -> o.jobId().equals(id) && !o.observedAt().isBefore(at))
        .findFirst();
  }
}
