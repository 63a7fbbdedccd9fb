package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.fleet.FailureSignature;
import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import java.util.List;
import java.util.Set;

/**
 * Insufficient resources: a CREATED/INITIALIZING/RUNNING/RESTARTING job with tasks SCHEDULED
 * (waiting for slots) while its cluster reports no available slot. Seen in two observations in a
 * row it is confident (0.85); in a single one it may be a deployment in progress (0.6). The text
 * form (NoResourceAvailableException) is diagnosed by the exception detector through the catalogue.
 * When confident, moving the job to a cluster with free slots comes first (automatable); adding
 * capacity to this cluster is for a human. One starving job is USER (its request does not fit);
 * many starving jobs of one cluster become a PLATFORM incident through fleet correlation.
 */
public final class InsufficientResourcesDetector implements Detector {
  static final String RULE = "live.insufficient-resources";
  static final String SIGNATURE = FailureSignature.of(Label.INSUFFICIENT_RESOURCES, "no free slot");
  private static final Set<JobState> WAITING =
      Set.of(JobState.CREATED, JobState.INITIALIZING, JobState.RUNNING, JobState.RESTARTING);

  @Override
  public List<JobDiagnosis> detect(JobContext job) {
    JobObservation last = job.latest();
    if (job.latestCluster().isEmpty() || !starved(last, job.latestCluster().get())) {
      return List.of();
    }
    ClusterObservation c = job.latestCluster().get();
    List<JobObservation> h = job.history();
    List<ClusterObservation> ch = job.clusterHistory();
    boolean twice =
        h.size() >= 2 && ch.size() >= 2 && starved(h.get(h.size() - 2), ch.get(ch.size() - 2));
    return List.of(
        Diagnoses.of(
            job,
            Label.INSUFFICIENT_RESOURCES,
            Side.USER,
            twice ? 0.85 : 0.6,
            twice
                ? List.of(Action.MIGRATE_TO_HEALTHY_CLUSTER, Action.ADD_RESOURCES_OR_SLOTS)
                : List.of(Action.ADD_RESOURCES_OR_SLOTS),
            List.of(
                last.taskCounts().getOrDefault("scheduled", 0)
                    + " of "
                    + last.taskCounts().getOrDefault("total", 0)
                    + " tasks SCHEDULED (waiting for slots), job state "
                    + last.state(),
                "cluster "
                    + c.cluster()
                    + " has "
                    + c.slotsAvailable().getAsInt()
                    + " of "
                    + c.slotsTotal().stream().mapToObj(String::valueOf).findFirst().orElse("?")
                    + " slots available, "
                    + c.taskManagers().stream().mapToObj(String::valueOf).findFirst().orElse("?")
                    + " TaskManagers"),
            RULE,
            "The job waits for task slots the cluster does not have.",
            Moment.RUNTIME,
            SIGNATURE));
  }

  private static boolean starved(JobObservation job, ClusterObservation c) {
    return WAITING.contains(job.state())
        && job.taskCounts().getOrDefault("scheduled", 0) > 0
        && c.reachable()
        && c.slotsAvailable().isPresent()
        && c.slotsAvailable().getAsInt() == 0;
  }
}
