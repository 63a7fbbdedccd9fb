package dev.flotilla.operator.policy;

import dev.flotilla.operator.workflow.Deployment;
import dev.flotilla.operator.workflow.WorkflowParams;
import dev.flotilla.operator.workflow.WorkflowType;
import java.util.Optional;

/**
 * Builds a remedy's workflow parameters from the job's context, or says why it cannot: RESCALE
 * doubles the parallelism, MIGRATE / MEMORY_FIX / UPGRADE need a target cluster, CONFIG_UPDATE
 * (TUNE_CHECKPOINTING) sets a longer checkpoint timeout and a minimum pause.
 */
public final class ParamsFactory {
  /** Result: parameters, or the reason there are none. */
  public record Planned(Optional<WorkflowParams> params, String problem) {}

  public Planned plan(WorkflowType type, JobContext job) {
    if (!job.managed() || job.deployment().isEmpty()) {
      return fail("no deployment is known for " + job.jobKey() + " (only managed jobs redeploy)");
    }
    Deployment d = job.deployment().get();
    WorkflowParams base = WorkflowParams.of(job.cluster(), job.flinkJobName()).withDeployment(d);
    return switch (type) {
      case RESTART_FROM_CHECKPOINT -> ok(base);
      case RESCALE -> ok(base.withParallelism(2 * job.parallelism().orElse(d.parallelism())));
      case MIGRATE -> target(base, job.migrationTarget(), "a healthy cluster of the same zone");
      case MEMORY_FIX -> target(base, job.memoryTarget(), "a cluster with more memory per slot");
      case UPGRADE -> target(base, job.upgradeTarget(), "a cluster of a newer Flink version");
      case CONFIG_UPDATE ->
          ok(
              base.withConfig(
                  java.util.Map.of(
                      "execution.checkpointing.timeout", "20 min",
                      "execution.checkpointing.min-pause", "1 min")));
      default -> fail(type + " is not a self-healing workflow");
    };
  }

  private static Planned target(WorkflowParams base, Optional<String> target, String what) {
    if (target.isEmpty() || target.get().equals(base.cluster())) {
      return fail("no " + what + " is known for " + base.jobName());
    }
    return ok(base.withTargetCluster(target.get()));
  }

  private static Planned ok(WorkflowParams p) {
    return new Planned(Optional.of(p), "");
  }

  private static Planned fail(String problem) {
    return new Planned(Optional.empty(), problem);
  }
}
