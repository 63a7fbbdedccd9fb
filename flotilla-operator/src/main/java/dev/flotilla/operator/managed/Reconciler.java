package dev.flotilla.operator.managed;

import dev.flotilla.operator.flink.FlinkActions;
import dev.flotilla.operator.flink.FlinkUnreachableException;
import dev.flotilla.operator.workflow.Deployment;
import dev.flotilla.operator.workflow.WorkflowEngine;
import dev.flotilla.operator.workflow.WorkflowParams;
import dev.flotilla.operator.workflow.WorkflowRequest;
import dev.flotilla.operator.workflow.WorkflowType;
import dev.flotilla.operator.workflow.WorkflowView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Level-triggered managed-job lifecycle: each cycle, for every managed job without an active
 * workflow, deploy it on its cluster if no copy is active on any cluster of its placement (from its
 * last good checkpoint, see DEPLOY), or redeploy it where it runs if its spec differs from the one
 * last deployed successfully. A job whose newest copy FAILED is not missing but failing: it is left
 * to the adviser and the self-healing policy (a blind redeploy would repeat and hide it). It
 * decides from what it sees now, not from events, so a missed cycle loses nothing.
 */
public final class Reconciler {
  private final WorkflowEngine engine;
  private final FlinkActions flink;

  public Reconciler(WorkflowEngine engine, FlinkActions flink) {
    this.engine = engine;
    this.flink = flink;
  }

  /** One cycle; returns the ids of the workflows it started (run to their end). */
  public List<String> reconcile(List<ManagedJob> jobs) {
    List<String> started = new ArrayList<>();
    for (ManagedJob job : jobs) {
      if (engine.list(Optional.of(job.jobKey())).stream().anyMatch(Reconciler::active)) {
        continue;
      }
      Optional<String> runsOn;
      try {
        runsOn = runningOn(job);
      } catch (FlinkUnreachableException e) {
        continue; // cannot tell; the next cycle looks again
      }
      if (runsOn.isEmpty() && failedLast(job)) {
        continue; // a failure, not a missing job: the adviser and self-healing decide
      }
      if (runsOn.isEmpty()) {
        started.add(
            start(
                job,
                WorkflowType.DEPLOY,
                WorkflowParams.of(job.cluster(), job.flinkJobName())
                    .withDeployment(job.deployment()),
                "managed job has no active copy on " + String.join(" or ", job.placement())));
        continue;
      }
      WorkflowParams base = WorkflowParams.of(runsOn.get(), job.flinkJobName());
      Optional<Deployment> deployed = lastDeployed(job.jobKey());
      if (deployed.isPresent() && !deployed.get().equals(job.deployment())) {
        started.add(
            start(
                job,
                WorkflowType.REDEPLOY,
                base.withDeployment(deployed.get()).withNextDeployment(job.deployment()),
                "managed job spec changed"));
      }
    }
    return started;
  }

  /**
   * The cluster of the job's placement where a copy runs. An unreachable cluster of the placement
   * makes the answer unknown (a copy may run there), unless a copy is found elsewhere.
   */
  private Optional<String> runningOn(ManagedJob job) {
    FlinkUnreachableException unreachable = null;
    for (String cluster : job.placement()) {
      try {
        if (!flink.findRunningJobsByName(cluster, job.flinkJobName()).isEmpty()) {
          return Optional.of(cluster);
        }
      } catch (FlinkUnreachableException e) {
        unreachable = e;
      }
    }
    if (unreachable != null) {
      throw unreachable;
    }
    return Optional.empty();
  }

  /**
   * True when the newest copy of the job on its cluster FAILED (exhausted Flink's restarts):
   * redeploying it blindly would hide the failure from the adviser and repeat it. An unreachable
   * cluster counts as not failed (the copy search above already stopped on it).
   */
  private boolean failedLast(ManagedJob job) {
    try {
      return flink
          .newestJobByName(job.cluster(), job.flinkJobName())
          .map(j -> j.state() == dev.flotilla.model.JobState.FAILED)
          .orElse(false);
    } catch (FlinkUnreachableException e) {
      return false;
    }
  }

  private static boolean active(WorkflowView w) {
    return w.state().equals("RUNNING")
        || w.state().equals("PENDING")
        || w.state().equals("AWAITING_APPROVAL");
  }

  /** The spec the newest successful DEPLOY or REDEPLOY of the job ran. */
  private Optional<Deployment> lastDeployed(String jobKey) {
    List<WorkflowView> all = engine.list(Optional.of(jobKey));
    for (int i = all.size() - 1; i >= 0; i--) {
      WorkflowView w = all.get(i);
      if (!w.succeeded()) {
        continue;
      }
      if (w.type() == WorkflowType.DEPLOY) {
        return w.params().deployment();
      }
      if (w.type() == WorkflowType.REDEPLOY) {
        return w.params().nextDeployment();
      }
    }
    return Optional.empty();
  }

  private String start(ManagedJob job, WorkflowType type, WorkflowParams params, String why) {
    return engine.start(
        new WorkflowRequest(type, job.jobKey(), params, "flotilla-reconciler", why));
  }
}
