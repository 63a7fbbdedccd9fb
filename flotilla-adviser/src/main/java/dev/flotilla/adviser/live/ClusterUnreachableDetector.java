package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.fleet.FailureSignature;
import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A job we cannot observe because its cluster's REST endpoint failed {@code unreachablePolls} polls
 * in a row. An unreachable JobManager does not mean the job is down, so the confidence is modest
 * (0.6). "Connection refused" means the host answers but no JobManager listens: the JobManager is
 * gone and the jobs' survival depends on HA, hence HA_OR_STORAGE. A timeout or reset means the host
 * or network does not answer: TASKMANAGER_LOST_OR_NETWORK. Both are PLATFORM.
 */
public final class ClusterUnreachableDetector implements Detector {
  static final String RULE = "live.cluster-unreachable";
  private final RuntimeThresholds t;

  public ClusterUnreachableDetector(RuntimeThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public List<JobDiagnosis> detect(JobContext job) {
    List<ClusterObservation> ch = job.clusterHistory();
    if (job.latest().state() != JobState.UNKNOWN || ch.size() < t.unreachablePolls()) {
      return List.of();
    }
    List<ClusterObservation> lastPolls = ch.subList(ch.size() - t.unreachablePolls(), ch.size());
    if (lastPolls.stream().anyMatch(ClusterObservation::reachable)) {
      return List.of();
    }
    ClusterObservation first = lastPolls.get(0);
    String reason = job.latestCluster().flatMap(ClusterObservation::error).orElse("no answer");
    boolean refused = reason.toLowerCase(Locale.ROOT).contains("refused");
    Label label = refused ? Label.HA_OR_STORAGE : Label.TASKMANAGER_LOST_OR_NETWORK;
    List<String> evidence = new ArrayList<>();
    evidence.add(
        "cluster "
            + job.cluster()
            + " unreachable for "
            + lastPolls.size()
            + " polls since "
            + first.observedAt()
            + ": "
            + reason);
    job.history().stream()
        .filter(o -> o.state() != JobState.UNKNOWN)
        .reduce((a, b) -> b)
        .map(JobObservation::observedAt)
        .ifPresent(at -> evidence.add("job last observed at " + at));
    return List.of(
        Diagnoses.of(
            job,
            label,
            Side.PLATFORM,
            0.6,
            refused
                ? List.of(Action.FIX_STORAGE_OR_HA, Action.MIGRATE_TO_HEALTHY_CLUSTER)
                : List.of(Action.MIGRATE_TO_HEALTHY_CLUSTER),
            evidence,
            RULE,
            refused
                ? "The cluster's JobManager does not answer (connection refused): it is down;"
                    + " its jobs survive only through JobManager HA."
                : "The cluster does not answer (timeout/reset): host or network problem; its jobs"
                    + " may still run but cannot be observed.",
            Moment.RUNTIME,
            FailureSignature.of(label, "cluster unreachable" + (refused ? " (refused)" : ""))));
  }
}
