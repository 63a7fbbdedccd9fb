package dev.flotilla.sla.rules;

import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.sla.JobHistory;
import dev.flotilla.sla.SliThresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The failed-checkpoint count rose in each of the last N cycles (N = {@code
 * checkpointFailureCycles}, 3 by default). A single failure right after a start (Flink's first
 * checkpoint after every start fails) never fires.
 */
public final class CheckpointFailureRule implements AbnormalRule {
  public static final String REASON = "CHECKPOINT_FAILURES";

  @Override
  public Optional<Finding> evaluate(JobObservation now, JobHistory history, SliThresholds t) {
    if (now.state() != JobState.RUNNING || now.metrics().numberOfFailedCheckpoints().isEmpty()) {
      return Optional.empty();
    }
    int cycles = Math.max(2, t.checkpointFailureCycles());
    List<Long> counts = new ArrayList<>();
    counts.add(now.metrics().numberOfFailedCheckpoints().getAsLong());
    for (JobHistory.Point p : history.newestFirst()) {
      if (counts.size() > cycles || p.failedCheckpoints().isEmpty()) {
        break;
      }
      counts.add(p.failedCheckpoints().getAsLong());
    }
    if (counts.size() < cycles + 1) {
      return Optional.empty();
    }
    for (int i = 0; i < cycles; i++) {
      if (counts.get(i) <= counts.get(i + 1)) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new Finding(
            REASON,
            "failed checkpoints rose in each of the last "
                + cycles
                + " cycles: "
                + counts.get(cycles)
                + " -> "
                + counts.get(0)));
  }
}
