package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.fleet.FailureSignature;
import dev.flotilla.model.ExceptionRecord;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A restart loop: {@code numRestarts} rising by {@code restartLoopMin} within the restart window,
 * or by two with the same exception repeated. With a single observation, the restarts since the
 * job's start count when the job started within the window. The label comes from the current
 * exception when there is one (the loop is the symptom, the exception its cause).
 */
public final class RestartLoopDetector implements Detector {
  static final String RULE = "live.restart-loop";
  private final RuntimeThresholds t;

  public RestartLoopDetector(RuntimeThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public List<JobDiagnosis> detect(JobContext job) {
    JobObservation last = job.latest();
    if (last.metrics().numRestarts().isEmpty()) {
      return List.of();
    }
    long now = last.metrics().numRestarts().getAsLong();
    List<JobObservation> window = job.within(t.restartWindow());
    long delta;
    Duration span;
    String since;
    JobObservation first = window.isEmpty() ? last : window.get(0);
    if (first != last && first.metrics().numRestarts().isPresent()) {
      delta = now - first.metrics().numRestarts().getAsLong();
      span = Duration.between(first.observedAt(), last.observedAt());
      since = "since " + first.observedAt();
    } else if (last.startTime().isPresent()
        && !last.startTime().get().isBefore(job.now().minus(t.restartWindow()))) {
      delta = now;
      span = Duration.between(last.startTime().get(), job.now());
      since = "since the job started at " + last.startTime().get();
    } else {
      return List.of();
    }
    boolean repeated = sameExceptionRepeated(last.exceptions());
    if (delta < t.restartLoopMin() && !(delta >= 2 && repeated)) {
      return List.of();
    }
    List<String> evidence = new ArrayList<>();
    evidence.add(
        "numRestarts "
            + (now - delta)
            + " → "
            + now
            + " within "
            + Diagnoses.human(span)
            + " ("
            + since
            + ")");
    long restarting = window.stream().filter(o -> o.state() == JobState.RESTARTING).count();
    if (restarting > 0 || last.state() == JobState.RESTARTING) {
      evidence.add("state RESTARTING in " + Math.max(1, restarting) + " of the observations");
    }
    if (repeated) {
      evidence.add("the same exception repeated: \"" + last.exceptions().get(0).firstLine() + "\"");
    }
    if (job.exception().isPresent()) {
      ExceptionReading r = job.exception().get();
      evidence.add(r.quote());
      return List.of(
          Diagnoses.of(
              job,
              r.advice().label(),
              r.advice().side(),
              Math.min(1, r.advice().confidence() + 0.05),
              r.advice().actions(),
              evidence,
              RULE,
              "Restart loop. " + r.advice().explanation(),
              Moment.RUNTIME,
              r.signature()));
    }
    return List.of(
        Diagnoses.of(
            job,
            Label.UNKNOWN,
            Side.UNKNOWN,
            0.5,
            List.<Action>of(),
            evidence,
            RULE,
            "Restart loop without an exception in the job's history to explain it.",
            Moment.RUNTIME,
            FailureSignature.of(Label.UNKNOWN, "restart loop")));
  }

  private static boolean sameExceptionRepeated(List<ExceptionRecord> newestFirst) {
    if (newestFirst.size() < 2) {
      return false;
    }
    return FailureSignature.normalize(newestFirst.get(0).firstLine())
        .equals(FailureSignature.normalize(newestFirst.get(1).firstLine()));
  }
}
