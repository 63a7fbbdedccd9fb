package dev.flotilla.sla.rules;

import dev.flotilla.model.JobObservation;
import dev.flotilla.sla.JobHistory;
import java.util.List;

/** Builds a history from earlier observations, oldest first. */
final class RuleTestSupport {
  private RuleTestSupport() {}

  static JobHistory history(List<JobObservation> earlier) {
    JobHistory h = JobHistory.empty();
    earlier.forEach(o -> h.add(o, false));
    return h;
  }
}
