package dev.flotilla.sla.rules;

import dev.flotilla.model.CheckpointSummary;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.sla.JobHistory;
import dev.flotilla.sla.SliThresholds;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A running job whose latest completed checkpoint is older than the maximum age. Only when
 * checkpointing is on (a completed or failed checkpoint was ever reported); a job that has run
 * longer than the maximum age without completing any checkpoint also fires.
 */
public final class CheckpointAgeRule implements AbnormalRule {
  public static final String REASON = "CHECKPOINT_AGE";

  @Override
  public Optional<Finding> evaluate(JobObservation now, JobHistory history, SliThresholds t) {
    if (now.state() != JobState.RUNNING) {
      return Optional.empty();
    }
    CheckpointSummary c = now.checkpoints();
    Duration max = t.maxCheckpointAge();
    if (c.latestCompletedAt().isPresent()) {
      Instant at = c.latestCompletedAt().get();
      Duration age = Duration.between(at, now.observedAt());
      if (age.compareTo(max) > 0) {
        return Optional.of(
            new Finding(
                REASON,
                "latest completed checkpoint at "
                    + at
                    + " is "
                    + age.toSeconds()
                    + " s old (max "
                    + max.toSeconds()
                    + " s)"));
      }
      return Optional.empty();
    }
    boolean checkpointing = c.completed().orElse(0) > 0 || c.failed().orElse(0) > 0;
    if (checkpointing && c.completed().orElse(0) == 0 && now.metrics().uptimeMs().isPresent()) {
      long uptime = now.metrics().uptimeMs().getAsLong();
      if (uptime > max.toMillis()) {
        return Optional.of(
            new Finding(
                REASON,
                "no checkpoint completed in "
                    + uptime / 1000
                    + " s of uptime ("
                    + c.failed().getAsLong()
                    + " failed; max age "
                    + max.toSeconds()
                    + " s)"));
      }
    }
    return Optional.empty();
  }
}
