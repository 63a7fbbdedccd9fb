package dev.flotilla.collector;

import dev.flotilla.collector.parse.JobSummary;
import dev.flotilla.model.JobState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the collector remembers of one cluster between polls: its cycle count and last job list. */
final class ClusterMemory {
  private long cycles;
  private Map<String, JobSummary> lastJobs = Map.of();

  synchronized long nextCycle() {
    return cycles++;
  }

  /** Replaces the job list after a successful {@code /jobs/overview}. */
  synchronized void remember(List<JobSummary> jobs) {
    Map<String, JobSummary> byId = new LinkedHashMap<>();
    jobs.forEach(j -> byId.put(j.jobId(), j));
    lastJobs = byId;
  }

  synchronized List<JobSummary> lastJobs() {
    return List.copyOf(lastJobs.values());
  }

  synchronized Optional<JobState> lastState(String jobId) {
    return Optional.ofNullable(lastJobs.get(jobId)).map(JobSummary::state);
  }
}
