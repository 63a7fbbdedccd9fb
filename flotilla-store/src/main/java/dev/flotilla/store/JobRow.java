package dev.flotilla.store;

import dev.flotilla.model.JobState;
import dev.flotilla.model.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The current state of one job as last written by the collector.
 *
 * <p>{@code observedAt} is the time of the observation that last <em>changed</em> the row: an
 * unchanged job is not rewritten each cycle, so for freshness read the cluster's {@link
 * ClusterRow#lastPollAt()}. {@link #sameContentAs} ignores {@code observedAt}.
 *
 * @param jobKey the managed job's name, or {@code cluster/jobName} for an observed job
 * @param cluster the cluster it runs on; must already be in the {@link ClusterStateStore}
 * @param lastException first line of the newest exception, if any
 * @param checkpointAt completion time of the latest completed checkpoint
 * @param checkpointPath external path of the latest completed checkpoint
 */
public record JobRow(
    String jobKey,
    String cluster,
    Optional<String> flinkJobId,
    String name,
    Optional<Tier> tier,
    Optional<String> owner,
    boolean managed,
    JobState state,
    Instant observedAt,
    Optional<String> lastException,
    Optional<Instant> checkpointAt,
    Optional<String> checkpointPath,
    OptionalLong restarts,
    OptionalInt parallelism) {

  public JobRow {
    Require.text(jobKey, "jobKey");
    Require.text(cluster, "cluster of job " + jobKey);
    Objects.requireNonNull(flinkJobId);
    Require.text(name, "name of job " + jobKey);
    Objects.requireNonNull(tier);
    Objects.requireNonNull(owner);
    Objects.requireNonNull(state);
    Objects.requireNonNull(observedAt);
    Objects.requireNonNull(lastException);
    Objects.requireNonNull(checkpointAt);
    Objects.requireNonNull(checkpointPath);
    Objects.requireNonNull(restarts);
    Objects.requireNonNull(parallelism);
  }

  /** Age of the latest completed checkpoint at {@code now}, if one is known. */
  public Optional<Duration> checkpointAge(Instant now) {
    return checkpointAt.map(at -> Duration.between(at, now));
  }

  /** True when every field but {@code observedAt} is equal. */
  public boolean sameContentAs(JobRow other) {
    return managed == other.managed
        && state == other.state
        && jobKey.equals(other.jobKey)
        && cluster.equals(other.cluster)
        && name.equals(other.name)
        && flinkJobId.equals(other.flinkJobId)
        && tier.equals(other.tier)
        && owner.equals(other.owner)
        && lastException.equals(other.lastException)
        && checkpointAt.equals(other.checkpointAt)
        && checkpointPath.equals(other.checkpointPath)
        && restarts.equals(other.restarts)
        && parallelism.equals(other.parallelism);
  }

  public JobRow withObservedAt(Instant at) {
    return new JobRow(
        jobKey,
        cluster,
        flinkJobId,
        name,
        tier,
        owner,
        managed,
        state,
        at,
        lastException,
        checkpointAt,
        checkpointPath,
        restarts,
        parallelism);
  }

  public JobRow withState(JobState newState) {
    return new JobRow(
        jobKey,
        cluster,
        flinkJobId,
        name,
        tier,
        owner,
        managed,
        newState,
        observedAt,
        lastException,
        checkpointAt,
        checkpointPath,
        restarts,
        parallelism);
  }
}
