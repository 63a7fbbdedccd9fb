package dev.flotilla.sla.rules;

import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.VertexObservation;
import dev.flotilla.sla.JobHistory;
import dev.flotilla.sla.SliThresholds;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A vertex at backpressure level "high" for N consecutive minutes (the current one included). A
 * poll without backpressure data, or a gap of more than two minutes, breaks the run.
 */
public final class BackpressureRule implements AbnormalRule {
  public static final String REASON = "BACKPRESSURE";

  @Override
  public Optional<Finding> evaluate(JobObservation now, JobHistory history, SliThresholds t) {
    if (now.state() != JobState.RUNNING) {
      return Optional.empty();
    }
    Optional<VertexObservation> high =
        now.vertices().stream()
            .filter(v -> v.backpressureLevel().map("high"::equalsIgnoreCase).orElse(false))
            .findFirst();
    if (high.isEmpty()) {
      return Optional.empty();
    }
    Instant earliest = now.observedAt();
    for (JobHistory.Point p : history.newestFirst()) {
      if (!p.backpressureHigh() || Duration.between(p.at(), earliest).toMinutes() > 2) {
        break;
      }
      earliest = p.at();
    }
    long minutes = Duration.between(earliest, now.observedAt()).toMinutes() + 1;
    if (minutes < t.backpressureMinutes()) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            REASON,
            "vertex '"
                + high.get().name()
                + "' backpressure high for "
                + minutes
                + " min (threshold "
                + t.backpressureMinutes()
                + ")"));
  }
}
