package dev.flotilla.collector;

import dev.flotilla.collector.parse.JobSummary;
import dev.flotilla.model.JobState;
import java.util.Optional;

/**
 * Decides which jobs get per-job details (job, exceptions, checkpoints, metrics, vertices) in a
 * poll cycle. Everything else is observed from {@code /jobs/overview} only.
 */
@FunctionalInterface
public interface DetailPolicy {

  /**
   * @param job the job as {@code /jobs/overview} lists it in this cycle
   * @param previousState its state in the previous successful poll of this cluster; empty for a job
   *     not seen before
   * @param cycle this cluster's poll counter, starting at 0
   */
  boolean wantsDetails(JobSummary job, Optional<JobState> previousState, long cycle);

  /**
   * The default: details for every job whose state changed since the last poll (new jobs included)
   * and every job that is failing, restarting or waiting, plus each RUNNING job once every {@code
   * everyNCycles} cycles, spread round-robin by job id so about 1/N of the running jobs are
   * detailed each cycle. CANCELED/FINISHED jobs are detailed only when they change. On a cluster's
   * first poll (cycle 0) its RUNNING jobs take their round-robin turn instead of all being detailed
   * at once. {@code everyNCycles = 1} details every running job every cycle.
   */
  static DetailPolicy roundRobin(int everyNCycles) {
    return new RoundRobinDetailPolicy(everyNCycles);
  }

  /** Details for every job, every cycle. */
  static DetailPolicy always() {
    return (job, previous, cycle) -> true;
  }

  /** Overview only: no per-job requests. */
  static DetailPolicy never() {
    return (job, previous, cycle) -> false;
  }
}
