package dev.flotilla.sla.rules;

import dev.flotilla.model.JobObservation;
import dev.flotilla.sla.JobHistory;
import dev.flotilla.sla.SliThresholds;
import java.util.List;
import java.util.Optional;

/** One reason a running job can be abnormal. Pure: observation and history in, finding out. */
public interface AbnormalRule {

  /**
   * @param history earlier observations of the same job (not including {@code now})
   * @return a finding when the rule fires, empty otherwise (also when the data is not observed)
   */
  Optional<Finding> evaluate(JobObservation now, JobHistory history, SliThresholds thresholds);

  /** The default rule set. */
  static List<AbnormalRule> defaults() {
    return List.of(
        new RestartRateRule(),
        new CheckpointAgeRule(),
        new CheckpointFailureRule(),
        new BackpressureRule(),
        new LagRule());
  }
}
