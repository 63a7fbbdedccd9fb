package dev.flotilla.sla.rules;

import dev.flotilla.model.ExceptionRecord;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.sla.JobHistory;
import dev.flotilla.sla.SliThresholds;
import java.time.Instant;
import java.util.Optional;

/**
 * Restarts within the last window (10 minutes by default) at or above the threshold. Old restarts
 * are no symptom, their rate is. The count is the larger of (a) exception-history entries stamped
 * inside the window (needs no history, so it survives a Flotilla restart) and (b) the rise of
 * {@code numRestarts} since the oldest remembered point inside the window.
 */
public final class RestartRateRule implements AbnormalRule {
  public static final String REASON = "RESTART_RATE";

  @Override
  public Optional<Finding> evaluate(JobObservation now, JobHistory history, SliThresholds t) {
    if (now.state().isTerminal() || now.state() == JobState.UNKNOWN) {
      return Optional.empty();
    }
    Instant from = now.observedAt().minus(t.restartWindow());
    long fromExceptions = 0;
    for (ExceptionRecord e : now.exceptions()) {
      Instant ts = e.timestamp().orElse(Instant.MIN);
      if (ts.isAfter(from) && !ts.isAfter(now.observedAt())) {
        fromExceptions++;
      }
    }
    long fromCounter = 0;
    if (now.metrics().numRestarts().isPresent()) {
      for (JobHistory.Point p : history.oldestFirst()) {
        if (p.at().isAfter(from) && p.numRestarts().isPresent()) {
          fromCounter = now.metrics().numRestarts().getAsLong() - p.numRestarts().getAsLong();
          break;
        }
      }
    }
    long restarts = Math.max(fromExceptions, fromCounter);
    if (restarts < t.restartThreshold()) {
      return Optional.empty();
    }
    String latest =
        now.exceptions().isEmpty() ? "" : "; latest: " + now.exceptions().get(0).firstLine();
    return Optional.of(
        new Finding(
            REASON,
            restarts
                + " restarts in the last "
                + t.restartWindow().toMinutes()
                + " min (threshold "
                + t.restartThreshold()
                + ")"
                + latest));
  }
}
