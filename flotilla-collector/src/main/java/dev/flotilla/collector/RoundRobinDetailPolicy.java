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
    boolean finished = job.state() == JobState.CANCELED || job.state() == JobState.FINISHED;
    if (previousState.isEmpty()) {
      // a cluster's first poll lists every job it has: detailing all of them at once is a storm
      // (100,000 jobs x 8 requests); running ones take their round-robin turn, stopped ones the
      // overview tells enough about. A job that appears later is new: detail it.
      if (cycle == 0 && (job.state() == JobState.RUNNING || finished)) {
        return !finished && slot(job) == Math.floorMod(cycle, everyNCycles);
      }
      return true;
    }
    if (previousState.get() != job.state()) {
      return true;
    }
    if (finished) {
      return false; // stopped on purpose and unchanged: nothing new to read
    }
    if (job.state() != JobState.RUNNING) {
      return true; // failing, restarting, waiting: read it every cycle
    }
    return Math.floorMod(cycle, everyNCycles) == slot(job);
  }

  private long slot(JobSummary job) {
    return Math.floorMod(job.jobId().hashCode(), everyNCycles);
  }
}
