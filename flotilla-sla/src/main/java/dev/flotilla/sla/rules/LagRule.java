package dev.flotilla.sla.rules;

import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.sla.JobHistory;
import dev.flotilla.sla.SliThresholds;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Consumer lag above the SLO ({@code maxLag}) and not shrinking for N consecutive minutes (the
 * current one included). Off when no lag SLO is set.
 */
public final class LagRule implements AbnormalRule {
  public static final String REASON = "LAG";

  @Override
  public Optional<Finding> evaluate(JobObservation now, JobHistory history, SliThresholds t) {
    if (now.state() != JobState.RUNNING
        || t.maxLag().isEmpty()
        || now.metrics().consumerLag().isEmpty()) {
      return Optional.empty();
    }
    double max = t.maxLag().getAsDouble();
    double lag = now.metrics().consumerLag().getAsDouble();
    if (!(lag > max)) {
      return Optional.empty();
    }
    Instant earliest = now.observedAt();
    double next = lag;
    double first = lag;
    for (JobHistory.Point p : history.newestFirst()) {
      if (p.consumerLag().isEmpty()
          || Duration.between(p.at(), earliest).toMinutes() > 2
          || !(p.consumerLag().getAsDouble() > max)
          || p.consumerLag().getAsDouble() > next) {
        break;
      }
      earliest = p.at();
      next = p.consumerLag().getAsDouble();
      first = next;
    }
    long minutes = Duration.between(earliest, now.observedAt()).toMinutes() + 1;
    if (minutes < t.lagMinutes() || !(lag > first)) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            REASON,
            String.format(
                java.util.Locale.ROOT,
                "consumer lag grew from %.0f to %.0f over %d min (SLO %.0f)",
                first,
                lag,
                minutes,
                max)));
  }
}
