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
 * workflow, deploy it if no copy is active on its cluster (from its last good checkpoint, see
 * DEPLOY), or redeploy it if its spec differs from the one last deployed successfully. It decides
 * from what it sees now, not from events, so a missed cycle loses nothing.
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
      boolean running;
      try {
        running = !flink.findRunningJobsByName(job.cluster(), job.flinkJobName()).isEmpty();
      } catch (FlinkUnreachableException e) {
        continue; // cannot tell; the next cycle looks again
      }
      WorkflowParams base = WorkflowParams.of(job.cluster(), job.flinkJobName());
      if (!running) {
        started.add(
            start(
                job,
                WorkflowType.DEPLOY,
                base.withDeployment(job.deployment()),
                "managed job has no active copy on " + job.cluster()));
        continue;
      }
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
