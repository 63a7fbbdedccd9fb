package dev.flotilla.collector;

import dev.flotilla.collector.parse.JobSummary;
import dev.flotilla.model.JobState;
import java.util.Optional;

/** See {@link DetailPolicy#roundRobin(int)}. */
final class RoundRobinDetailPolicy implements DetailPolicy {
  private final int everyNCycles;

  RoundRobinDetailPolicy(int everyNCycles) {
    if (everyNCycles < 1) {
      throw new IllegalArgumentException(
          "detail interval must be at least 1 cycle, got " + everyNCycles);
    }
    this.everyNCycles = everyNCycles;
  }

  @Override
  public boolean wantsDetails(JobSummary job, Optional<JobState> previousState, long cycle) {
    if (job.state() != JobState.RUNNING || previousState.isEmpty()) {
      return true;
    }
    if (previousState.get() != job.state()) {
      return true;
    }
    long slot = Math.floorMod(job.jobId().hashCode(), everyNCycles);
    return Math.floorMod(cycle, everyNCycles) == slot;
  }
}
