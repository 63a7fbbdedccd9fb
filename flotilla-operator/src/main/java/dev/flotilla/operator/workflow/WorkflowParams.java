package dev.flotilla.operator.workflow;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a workflow acts on and with. Stored as JSON with the workflow, so a resumed run sees the
 * same parameters (including decisions resolved at start, such as {@link #inPlace}).
 *
 * @param cluster the cluster the job runs on now (the source of a move)
 * @param jobName the Flink job name (how copies are found: never start a second one)
 * @param jobId the Flink job id, when known (needed when the source JobManager is dead)
 * @param deployment how to (re)run the job; required by every workflow that redeploys
 * @param targetCluster where MIGRATE, UPGRADE and MEMORY_FIX move the job
 * @param parallelism the new parallelism of RESCALE (and optionally MEMORY_FIX)
 * @param config Flink keys CONFIG_UPDATE (and MEMORY_FIX) sets
 * @param targetJar the job jar built for the new Flink version (UPGRADE), if it differs
 * @param fallbackToCheckpoint when the source JobManager does not answer, restore from its newest
 *     retained checkpoint (only safe when the source is really dead: its TaskManagers stop the
 *     tasks once they lose the JobManager)
 * @param healthyWithinMs how long the new copy has to become RUNNING before rollback
 * @param inPlace RESCALE only: resolved at start from the cluster's capabilities
 * @param dryRun record what would be done without touching Flink
 * @param nextDeployment REDEPLOY only: the managed job's changed spec
 */
public record WorkflowParams(
    String cluster,
    String jobName,
    Optional<String> jobId,
    Optional<Deployment> deployment,
    Optional<String> targetCluster,
    OptionalInt parallelism,
    Map<String, String> config,
    Optional<String> targetJar,
    boolean fallbackToCheckpoint,
    long healthyWithinMs,
    Optional<Boolean> inPlace,
    boolean dryRun,
    Optional<Deployment> nextDeployment) {

  public static final long DEFAULT_HEALTHY_WITHIN_MS = 60_000;

  public WorkflowParams {
    if (cluster == null || cluster.isBlank()) {
      throw new IllegalArgumentException("workflow cluster must not be blank");
    }
    if (jobName == null || jobName.isBlank()) {
      throw new IllegalArgumentException("workflow jobName must not be blank");
    }
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(targetCluster, "targetCluster");
    Objects.requireNonNull(parallelism, "parallelism");
    config = Map.copyOf(Objects.requireNonNull(config, "config"));
    Objects.requireNonNull(targetJar, "targetJar");
    Objects.requireNonNull(inPlace, "inPlace");
    Objects.requireNonNull(nextDeployment, "nextDeployment");
    if (healthyWithinMs <= 0) {
      throw new IllegalArgumentException("healthyWithinMs must be > 0 but was " + healthyWithinMs);
    }
    if (parallelism.isPresent() && parallelism.getAsInt() < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1 but was " + parallelism);
    }
  }

  /** Parameters naming only the job; add the rest with the {@code with...} methods. */
  public static WorkflowParams of(String cluster, String jobName) {
    return new WorkflowParams(
        cluster,
        jobName,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        Map.of(),
        Optional.empty(),
        true,
        DEFAULT_HEALTHY_WITHIN_MS,
        Optional.empty(),
        false,
        Optional.empty());
  }

  public WorkflowParams withJobId(String id) {
    return new WorkflowParams(
        cluster,
        jobName,
        Optional.of(id),
        deployment,
        targetCluster,
        parallelism,
        config,
        targetJar,
        fallbackToCheckpoint,
        healthyWithinMs,
        inPlace,
        dryRun,
        nextDeployment);
  }

  public WorkflowParams withDeployment(Deployment d) {
    return new WorkflowParams(
        cluster,
        jobName,
        jobId,
        Optional.of(d),
        targetCluster,
        parallelism,
        config,
        targetJar,
        fallbackToCheckpoint,
        healthyWithinMs,
        inPlace,
        dryRun,
        nextDeployment);
  }

  public WorkflowParams withTargetCluster(String target) {
    return new WorkflowParams(
        cluster,
        jobName,
        jobId,
        deployment,
        Optional.of(target),
        parallelism,
        config,
        targetJar,
        fallbackToCheckpoint,
        healthyWithinMs,
        inPlace,
        dryRun,
        nextDeployment);
  }

  public WorkflowParams withParallelism(int p) {
    return new WorkflowParams(
        cluster,
        jobName,
        jobId,
        deployment,
        targetCluster,
        OptionalInt.of(p),
        config,
        targetJar,
        fallbackToCheckpoint,
        healthyWithinMs,
        inPlace,
        dryRun,
        nextDeployment);
  }

  public WorkflowParams withConfig(Map<String, String> keys) {
    return new WorkflowParams(
        cluster,
        jobName,
        jobId,
        deployment,
        targetCluster,
        parallelism,
        keys,
        targetJar,
        fallbackToCheckpoint,
        healthyWithinMs,
        inPlace,
        dryRun,
        nextDeployment);
  }

  public WorkflowParams withTargetJar(String jar) {
    return new WorkflowParams(
        cluster,
        jobName,
        jobId,
        deployment,
        targetCluster,
        parallelism,
        config,
        Optional.of(jar),
        fallbackToCheckpoint,
        healthyWithinMs,
        inPlace,
        dryRun,
        nextDeployment);
  }

  public WorkflowParams withFallbackToCheckpoint(boolean fallback) {
    return new WorkflowParams(
        cluster,
        jobName,
        jobId,
        deployment,
        targetCluster,
        parallelism,
        config,
        targetJar,
        fallback,
        healthyWithinMs,
        inPlace,
        dryRun,
        nextDeployment);
  }

  public WorkflowParams withHealthyWithinMs(long ms) {
    return new WorkflowParams(
        cluster,
        jobName,
        jobId,
        deployment,
        targetCluster,
        parallelism,
        config,
        targetJar,
        fallbackToCheckpoint,
        ms,
        inPlace,
        dryRun,
        nextDeployment);
  }

  public WorkflowParams withInPlace(boolean yes) {
    return new WorkflowParams(
        cluster,
        jobName,
        jobId,
        deployment,
        targetCluster,
        parallelism,
        config,
        targetJar,
        fallbackToCheckpoint,
        healthyWithinMs,
        Optional.of(yes),
        dryRun,
        nextDeployment);
  }

  public WorkflowParams withDryRun(boolean yes) {
    return new WorkflowParams(
        cluster,
        jobName,
        jobId,
        deployment,
        targetCluster,
        parallelism,
        config,
        targetJar,
        fallbackToCheckpoint,
        healthyWithinMs,
        inPlace,
        yes,
        nextDeployment);
  }

  public WorkflowParams withNextDeployment(Deployment next) {
    return new WorkflowParams(
        cluster,
        jobName,
        jobId,
        deployment,
        targetCluster,
        parallelism,
        config,
        targetJar,
        fallbackToCheckpoint,
        healthyWithinMs,
        inPlace,
        dryRun,
        Optional.of(next));
  }

  /** The deployment, or an error naming the workflow that needs it. */
  public Deployment requireDeployment(WorkflowType type) {
    return deployment.orElseThrow(
        () -> new IllegalArgumentException(type + " of job " + jobName + " needs a deployment"));
  }

  public String requireTarget(WorkflowType type) {
    return targetCluster.orElseThrow(
        () -> new IllegalArgumentException(type + " of job " + jobName + " needs a targetCluster"));
  }
}
