package dev.flotilla.operator.policy;

import dev.flotilla.config.AutoAction;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import dev.flotilla.operator.workflow.Deployment;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the policy knows about one job this cycle.
 *
 * @param managed false for an observed job: Flotilla never changes it
 * @param allowed automatic actions policy and job spec allow ({@code
 *     FlotillaConfig.autoActionsFor})
 * @param deployment how to run it (managed jobs); needed by every workflow that redeploys
 * @param parallelism its current parallelism, when known (RESCALE doubles it)
 * @param migrationTarget a healthy cluster of the same zone (MIGRATE)
 * @param memoryTarget a cluster with more memory per slot (MEMORY_FIX)
 * @param upgradeTarget a cluster of a newer Flink version (UPGRADE)
 */
public record JobContext(
    String jobKey,
    String cluster,
    String flinkJobName,
    Tier tier,
    boolean managed,
    Set<AutoAction> allowed,
    SliState sli,
    Optional<Deployment> deployment,
    OptionalInt parallelism,
    Optional<String> migrationTarget,
    Optional<String> memoryTarget,
    Optional<String> upgradeTarget) {

  public JobContext {
    if (jobKey == null || jobKey.isBlank()) {
      throw new IllegalArgumentException("job context jobKey must not be blank");
    }
    if (cluster == null || cluster.isBlank()) {
      throw new IllegalArgumentException("job " + jobKey + " needs a cluster");
    }
    if (flinkJobName == null || flinkJobName.isBlank()) {
      throw new IllegalArgumentException("job " + jobKey + " needs a Flink job name");
    }
    Objects.requireNonNull(tier, "tier of " + jobKey);
    allowed = Set.copyOf(allowed);
    Objects.requireNonNull(sli, "sli of " + jobKey);
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(parallelism, "parallelism");
    Objects.requireNonNull(migrationTarget, "migrationTarget");
    Objects.requireNonNull(memoryTarget, "memoryTarget");
    Objects.requireNonNull(upgradeTarget, "upgradeTarget");
  }

  /** A managed job with only the essentials; add targets with the {@code with...} methods. */
  public static JobContext managed(
      String jobKey, String cluster, Tier tier, Set<AutoAction> allowed, Deployment deployment) {
    return new JobContext(
        jobKey,
        cluster,
        jobKey,
        tier,
        true,
        allowed,
        SliState.RUNNING_ABNORMAL,
        Optional.of(deployment),
        OptionalInt.of(deployment.parallelism()),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** An observed (unmanaged) job: the policy only ever recommends for it. */
  public static JobContext observed(String jobKey, String cluster, String flinkJobName, Tier tier) {
    return new JobContext(
        jobKey,
        cluster,
        flinkJobName,
        tier,
        false,
        Set.of(),
        SliState.RUNNING_ABNORMAL,
        Optional.empty(),
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public JobContext withMigrationTarget(String cluster) {
    return new JobContext(
        jobKey,
        this.cluster,
        flinkJobName,
        tier,
        managed,
        allowed,
        sli,
        deployment,
        parallelism,
        Optional.of(cluster),
        memoryTarget,
        upgradeTarget);
  }

  public JobContext withMemoryTarget(String cluster) {
    return new JobContext(
        jobKey,
        this.cluster,
        flinkJobName,
        tier,
        managed,
        allowed,
        sli,
        deployment,
        parallelism,
        migrationTarget,
        Optional.of(cluster),
        upgradeTarget);
  }

  public JobContext withUpgradeTarget(String cluster) {
    return new JobContext(
        jobKey,
        this.cluster,
        flinkJobName,
        tier,
        managed,
        allowed,
        sli,
        deployment,
        parallelism,
        migrationTarget,
        memoryTarget,
        Optional.of(cluster));
  }

  public JobContext withSli(SliState state) {
    return new JobContext(
        jobKey,
        cluster,
        flinkJobName,
        tier,
        managed,
        allowed,
        state,
        deployment,
        parallelism,
        migrationTarget,
        memoryTarget,
        upgradeTarget);
  }
}
