package dev.flotilla.operator.policy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one policy cycle decides from.
 *
 * @param diagnoses the cycle's new or changed diagnoses
 * @param jobs context of (at least) every diagnosed job, by job key
 * @param active workflows holding a job now
 * @param lastActionAt when each job last had a (non dry-run) workflow, by job key
 * @param failed remembered actions that failed verification
 * @param failingJobs how many jobs fail at once now (SLI breach), for the blast-radius breaker
 * @param incidents ids of platform incidents open now
 */
public record PolicyInput(
    List<DiagnosisInput> diagnoses,
    Map<String, JobContext> jobs,
    List<ActiveWorkflow> active,
    Map<String, Instant> lastActionAt,
    Set<FailedAction> failed,
    int failingJobs,
    List<String> incidents,
    Instant now) {

  public PolicyInput {
    diagnoses = List.copyOf(diagnoses);
    jobs = Map.copyOf(jobs);
    active = List.copyOf(active);
    lastActionAt = Map.copyOf(lastActionAt);
    failed = Set.copyOf(failed);
    if (failingJobs < 0) {
      throw new IllegalArgumentException("failingJobs must be >= 0 but was " + failingJobs);
    }
    incidents = List.copyOf(incidents);
    Objects.requireNonNull(now, "now");
  }
}
