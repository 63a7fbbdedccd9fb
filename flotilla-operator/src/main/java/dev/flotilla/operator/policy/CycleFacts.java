package dev.flotilla.operator.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the app hands the self-healing loop each cycle.
 *
 * @param newDiagnoses diagnoses that are new or changed this cycle (the policy acts on these)
 * @param currentLabels every job's current diagnosis labels (fix verification needs them)
 * @param jobs context of every job the loop may act on or verify, by job key (its SLI included)
 * @param failingJobs jobs in SLI breach now
 * @param incidents ids of open platform incidents
 * @param sliMinutes the minute each job's SLI state (in {@code jobs}) belongs to — the SLA engine
 *     reports the last finished minute; a job absent here is taken as of the current minute
 */
public record CycleFacts(
    List<DiagnosisInput> newDiagnoses,
    Map<String, Set<String>> currentLabels,
    Map<String, JobContext> jobs,
    int failingJobs,
    List<String> incidents,
    Map<String, java.time.Instant> sliMinutes) {
  public CycleFacts {
    newDiagnoses = List.copyOf(newDiagnoses);
    currentLabels = Map.copyOf(currentLabels);
    jobs = Map.copyOf(jobs);
    incidents = List.copyOf(incidents);
    sliMinutes = Map.copyOf(sliMinutes);
  }

  /** Every SLI state as of the current minute. */
  public CycleFacts(
      List<DiagnosisInput> newDiagnoses,
      Map<String, Set<String>> currentLabels,
      Map<String, JobContext> jobs,
      int failingJobs,
      List<String> incidents) {
    this(newDiagnoses, currentLabels, jobs, failingJobs, incidents, Map.of());
  }
}
