package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.Adviser;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.fleet.FailureSignature;
import dev.flotilla.model.CheckpointSummary;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checkpoint failures or expiry on a RUNNING job: the latest failure is recent, or the failed count
 * rose within the window. The failure message goes through the text adviser; a storage or HA cause
 * keeps its label (PLATFORM), anything else is CHECKPOINT_TIMEOUT_OR_FAILURE (USER, tune
 * checkpointing). Failures of a job that is restarting are consequences, not causes: skipped.
 */
public final class CheckpointFailureDetector implements Detector {
  static final String RULE = "live.checkpoint-failure";
  private final RuntimeThresholds t;
  private final Adviser adviser;

  public CheckpointFailureDetector(RuntimeThresholds thresholds, Adviser adviser) {
    this.t = thresholds;
    this.adviser = adviser;
  }

  @Override
  public List<JobDiagnosis> detect(JobContext job) {
    JobObservation last = job.latest();
    CheckpointSummary cp = last.checkpoints();
    if (last.state() != JobState.RUNNING || cp.failed().orElse(0) == 0) {
      return List.of();
    }
    boolean recent =
        cp.latestFailedAt()
            .map(at -> !at.isBefore(job.now().minus(t.checkpointFailureWindow())))
            .orElse(false);
    List<JobObservation> w = job.within(t.checkpointFailureWindow());
    long before = w.isEmpty() ? cp.failed().getAsLong() : w.get(0).checkpoints().failed().orElse(0);
    boolean rising = cp.failed().getAsLong() > before;
    if (!recent && !rising) {
      return List.of();
    }
    String message = cp.latestFailureMessage().orElse("(no failure message reported)");
    List<String> evidence = new ArrayList<>();
    evidence.add(
        "checkpoint failed"
            + cp.latestFailedAt().map(at -> " at " + at).orElse("")
            + ": \""
            + message
            + "\"");
    evidence.add(
        "checkpoints failed "
            + cp.failed().getAsLong()
            + ", completed "
            + cp.completed().orElse(0)
            + ", in progress "
            + cp.inProgress().orElse(0));
    if (rising) {
      evidence.add(
          "failed count " + before + " → " + cp.failed().getAsLong() + " within the window");
    }
    Advice a =
        adviser.adviseText(message, Optional.empty(), Optional.empty(), Optional.of("checkpoint"));
    if (a.label() == Label.HA_OR_STORAGE) {
      return List.of(
          JobDiagnosis.fromAdvice(
              job.jobKey(),
              job.cluster(),
              job.now(),
              a,
              Moment.RUNTIME,
              FailureSignature.of(a.label(), message),
              evidence,
              RULE));
    }
    return List.of(
        Diagnoses.of(
            job,
            Label.CHECKPOINT_TIMEOUT_OR_FAILURE,
            Side.USER,
            message.contains("expired") ? 0.8 : 0.65,
            List.of(Action.TUNE_CHECKPOINTING),
            evidence,
            RULE,
            "Checkpoints fail or expire: state too large or slow to snapshot, alignment delayed by"
                + " backpressure, or a timeout set too low.",
            Moment.RUNTIME,
            FailureSignature.of(Label.CHECKPOINT_TIMEOUT_OR_FAILURE, message)));
  }
}
