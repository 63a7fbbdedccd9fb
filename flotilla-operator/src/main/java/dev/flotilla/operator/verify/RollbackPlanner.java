package dev.flotilla.operator.verify;

import dev.flotilla.operator.workflow.Deployment;
import dev.flotilla.operator.workflow.WorkflowParams;
import dev.flotilla.operator.workflow.WorkflowRequest;
import dev.flotilla.operator.workflow.WorkflowType;
import dev.flotilla.operator.workflow.WorkflowView;
import java.util.Optional;

/**
 * The workflow that undoes a completed one, where there is one: MIGRATE and MEMORY_FIX (with a
 * target) move back to the source cluster with the old deployment; RESCALE returns to the old
 * parallelism; CONFIG_UPDATE redeploys the old configuration. RESTART_FROM_CHECKPOINT has nothing
 * to undo; UPGRADE is not undone automatically (a newer version's savepoint need not restore on the
 * older one).
 */
public final class RollbackPlanner {
  public static final String ACTOR = "flotilla";

  public Optional<WorkflowRequest> inverse(WorkflowView done, String why) {
    WorkflowParams p = done.params();
    if (p.deployment().isEmpty()) {
      return Optional.empty();
    }
    Deployment old = p.deployment().get();
    String reason = "rollback of " + done.id() + " (" + done.type() + "): " + why;
    return switch (done.type()) {
      case MIGRATE, MEMORY_FIX ->
          p.targetCluster()
              .map(
                  target ->
                      request(
                          WorkflowType.MIGRATE,
                          done,
                          WorkflowParams.of(target, p.jobName())
                              .withDeployment(old)
                              .withTargetCluster(p.cluster()),
                          reason));
      case RESCALE ->
          Optional.of(
              request(
                  WorkflowType.RESCALE,
                  done,
                  WorkflowParams.of(p.cluster(), p.jobName())
                      .withDeployment(
                          old.withParallelism(p.parallelism().orElse(old.parallelism())))
                      .withParallelism(old.parallelism()),
                  reason));
      case CONFIG_UPDATE ->
          Optional.of(
              request(
                  WorkflowType.REDEPLOY,
                  done,
                  WorkflowParams.of(p.cluster(), p.jobName())
                      .withDeployment(old.withConfig(p.config()))
                      .withNextDeployment(old),
                  reason));
      default -> Optional.empty();
    };
  }

  private static WorkflowRequest request(
      WorkflowType type, WorkflowView done, WorkflowParams params, String reason) {
    return new WorkflowRequest(type, done.jobKey(), params, ACTOR, reason);
  }
}
