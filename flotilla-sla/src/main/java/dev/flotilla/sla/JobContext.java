package dev.flotilla.sla;

import dev.flotilla.model.Tier;
import java.util.Objects;
import java.util.Optional;

/**
 * What the SLA engine must know about a job besides its observations.
 *
 * @param jobKey the managed job's name, or {@code cluster/name} for an observed job
 * @param shouldRun a managed job that should be running: missing from its cluster is NOT_RUNNING
 * @param intentionallyStopped user cancel, approved maintenance or a user-requested workflow: the
 *     minutes are EXCLUDED
 */
public record JobContext(
    String jobKey,
    String cluster,
    Optional<Tier> tier,
    Optional<String> owner,
    boolean managed,
    boolean shouldRun,
    boolean intentionallyStopped,
    SliThresholds thresholds) {

  public JobContext {
    Objects.requireNonNull(jobKey, "jobKey");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(thresholds, "thresholds");
    if (jobKey.isBlank()) {
      throw new IllegalArgumentException("jobKey must not be blank (cluster " + cluster + ")");
    }
  }

  /** Key of an observed (unmanaged) job. */
  public static String observedKey(String cluster, String jobName) {
    return cluster + "/" + jobName;
  }

  /** Context of an observed job with the default thresholds of its tier. */
  public static JobContext observed(
      String cluster, String jobName, Optional<Tier> tier, Optional<String> owner) {
    return new JobContext(
        observedKey(cluster, jobName),
        cluster,
        tier,
        owner,
        false,
        false,
        false,
        SliThresholds.defaults(tier));
  }

  /** Context of a managed job that should run on {@code cluster}. */
  public static JobContext managed(String name, String cluster, Tier tier, String owner) {
    return new JobContext(
        name,
        cluster,
        Optional.of(tier),
        Optional.of(owner),
        true,
        true,
        false,
        SliThresholds.defaults(tier));
  }

  /** The Flink job name this context matches on its cluster. */
  public String flinkJobName() {
    String prefix = cluster + "/";
    return !managed && jobKey.startsWith(prefix) ? jobKey.substring(prefix.length()) : jobKey;
  }

  public JobContext withThresholds(SliThresholds t) {
    return new JobContext(
        jobKey, cluster, tier, owner, managed, shouldRun, intentionallyStopped, t);
  }

  /** The same job found on another cluster (a managed job moved by a migration). */
  public JobContext withCluster(String newCluster) {
    return new JobContext(
        jobKey, newCluster, tier, owner, managed, shouldRun, intentionallyStopped, thresholds);
  }

  public JobContext withIntentionallyStopped(boolean stopped) {
    return new JobContext(jobKey, cluster, tier, owner, managed, shouldRun, stopped, thresholds);
  }
}
