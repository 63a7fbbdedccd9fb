package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.fleet.FailureSignature;
import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.ExceptionRecord;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A lost TaskManager: a current exception saying a TaskManager "is no longer reachable" or its
 * heartbeat timed out (0.85), or the cluster's TaskManager count dropped while the job is
 * restarting/failing or its restarts rose (0.6). The signature is the same for every job of the
 * kill, whatever the TaskManager id or wording, so the fleet correlator can group them.
 */
public final class TaskManagerLostDetector implements Detector {
  static final String RULE = "live.taskmanager-lost";
  static final String SIGNATURE =
      FailureSignature.of(Label.TASKMANAGER_LOST_OR_NETWORK, "TaskManager lost");
  private final RuntimeThresholds t;

  public TaskManagerLostDetector(RuntimeThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public List<JobDiagnosis> detect(JobContext job) {
    List<String> evidence = new ArrayList<>();
    Optional<ExceptionRecord> text = lostText(job);
    text.ifPresent(
        e ->
            evidence.add(
                "exception "
                    + e.timestamp().map(at -> "at " + at + " ").orElse("")
                    + "\""
                    + e.firstLine()
                    + "\""));
    Optional<String> drop = tmCountDrop(job);
    drop.ifPresent(evidence::add);
    if (evidence.isEmpty()) {
      return List.of();
    }
    evidence.add("job state " + job.latest().state());
    boolean stranded = noSlotLeft(job);
    if (stranded) {
      evidence.add(
          "cluster "
              + job.latestCluster().get().cluster()
              + " has no free slot left to restart the job on");
    }
    return List.of(
        Diagnoses.of(
            job,
            Label.TASKMANAGER_LOST_OR_NETWORK,
            Side.PLATFORM,
            text.isPresent() ? 0.85 : 0.6,
            actions(stranded, job.latest().state()),
            evidence,
            RULE,
            stranded
                ? "A TaskManager running this job's tasks was lost and its cluster has no free slot"
                    + " left: the job cannot restart there until capacity returns; move it to a"
                    + " healthy cluster from its latest checkpoint."
                : "A TaskManager running this job's tasks was lost (process killed, node lost or"
                    + " network partition); Flink restarts the job from its latest checkpoint on"
                    + " the remaining slots. Replace the lost TaskManager to restore spare capacity.",
            Moment.RUNTIME,
            SIGNATURE));
  }

  private Optional<ExceptionRecord> lostText(JobContext job) {
    if (job.exception().isEmpty() || !Diagnoses.exceptionIsCurrent(job, t.exceptionWindow())) {
      return Optional.empty();
    }
    return job.exception().get().entries().stream()
        .filter(e -> says(e.stacktrace()) || says(e.exceptionName()))
        .findFirst();
  }

  /**
   * Stranded (no slot left): move it. Flink gave up (FAILED): restart it from its checkpoint.
   * Otherwise Flink is restarting it on the remaining slots by itself — a restart on top would be
   * blind; a human should replace the lost capacity.
   */
  static List<Action> actions(boolean stranded, JobState state) {
    if (stranded) {
      return List.of(Action.MIGRATE_TO_HEALTHY_CLUSTER, Action.ADD_RESOURCES_OR_SLOTS);
    }
    return state == JobState.FAILED
        ? List.of(Action.RESTART_FROM_CHECKPOINT)
        : List.of(Action.ADD_RESOURCES_OR_SLOTS);
  }

  /** The job is not fully running and its (reachable) cluster reports no free slot. */
  static boolean noSlotLeft(JobContext job) {
    if (job.latestCluster().isEmpty()) {
      return false;
    }
    ClusterObservation c = job.latestCluster().get();
    JobObservation last = job.latest();
    boolean fullyRunning =
        last.state() == JobState.RUNNING
            && last.taskCounts().getOrDefault("running", 0) > 0
            && last.taskCounts().getOrDefault("running", 0)
                >= last.taskCounts().getOrDefault("total", Integer.MAX_VALUE);
    return c.reachable()
        && c.slotsAvailable().isPresent()
        && c.slotsAvailable().getAsInt() == 0
        && !fullyRunning;
  }

  static boolean says(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    return s.contains("is no longer reachable")
        || (s.contains("heartbeat of taskmanager") && s.contains("timed out"))
        || s.contains("heartbeat timeout")
        || s.contains("taskmanager is lost");
  }

  private Optional<String> tmCountDrop(JobContext job) {
    List<ClusterObservation> ch = job.clusterHistory();
    if (ch.size() < 2) {
      return Optional.empty();
    }
    ClusterObservation prev = ch.get(ch.size() - 2);
    ClusterObservation cur = ch.get(ch.size() - 1);
    if (prev.taskManagers().isEmpty()
        || cur.taskManagers().isEmpty()
        || cur.taskManagers().getAsInt() >= prev.taskManagers().getAsInt()) {
      return Optional.empty();
    }
    JobObservation last = job.latest();
    List<JobObservation> h = job.history();
    boolean restartsRose =
        h.size() >= 2
            && last.metrics().numRestarts().orElse(0)
                > h.get(h.size() - 2).metrics().numRestarts().orElse(Long.MAX_VALUE);
    boolean hit =
        last.state() == JobState.RESTARTING
            || last.state() == JobState.FAILING
            || last.state() == JobState.FAILED
            || restartsRose;
    if (!hit) {
      return Optional.empty();
    }
    return Optional.of(
        "cluster "
            + cur.cluster()
            + " TaskManagers "
            + prev.taskManagers().getAsInt()
            + " → "
            + cur.taskManagers().getAsInt()
            + " between "
            + prev.observedAt()
            + " and "
            + cur.observedAt());
  }
}
