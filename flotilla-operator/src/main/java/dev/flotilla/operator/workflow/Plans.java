package dev.flotilla.operator.workflow;

import dev.flotilla.operator.flink.FlinkActions;
import dev.flotilla.operator.workflow.steps.AwaitParallelismStep;
import dev.flotilla.operator.workflow.steps.AwaitRunningStep;
import dev.flotilla.operator.workflow.steps.CancelStep;
import dev.flotilla.operator.workflow.steps.FindCheckpointStep;
import dev.flotilla.operator.workflow.steps.RecordLastGoodStep;
import dev.flotilla.operator.workflow.steps.RescaleInPlaceStep;
import dev.flotilla.operator.workflow.steps.RunStep;
import dev.flotilla.operator.workflow.steps.SavepointStep;
import dev.flotilla.store.CheckpointRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The steps of each workflow type, and the checks and decisions made once at its start. */
public final class Plans {
  static final String STOP = "stop-with-savepoint";
  static final String RUN_TARGET = "run-on-target";
  static final String AWAIT_TARGET = "await-running";

  private Plans() {}

  /**
   * Validates the parameters a type needs and resolves start-time decisions into them (RESCALE: in
   * place or redeploy). Reads Flink only.
   */
  public static WorkflowParams resolve(WorkflowType type, WorkflowParams p, FlinkActions flink) {
    switch (type) {
      case RESTART_FROM_CHECKPOINT, CONFIG_UPDATE, DEPLOY -> p.requireDeployment(type);
      case REDEPLOY -> {
        p.requireDeployment(type);
        if (p.nextDeployment().isEmpty()) {
          throw new IllegalArgumentException(
              "REDEPLOY of " + p.jobName() + " needs nextDeployment");
        }
      }
      case MIGRATE, UPGRADE -> {
        p.requireDeployment(type);
        if (p.requireTarget(type).equals(p.cluster())) {
          throw new IllegalArgumentException(
              type
                  + " of "
                  + p.jobName()
                  + ": target cluster is the job's own cluster "
                  + p.cluster());
        }
      }
      case MEMORY_FIX -> {
        p.requireDeployment(type);
        if (p.targetCluster().isEmpty() && p.parallelism().isEmpty() && p.config().isEmpty()) {
          throw new IllegalArgumentException(
              "MEMORY_FIX of " + p.jobName() + " needs a targetCluster, a parallelism or config");
        }
      }
      case RESCALE -> {
        if (p.parallelism().isEmpty()) {
          throw new IllegalArgumentException("RESCALE of " + p.jobName() + " needs a parallelism");
        }
        if (p.inPlace().isEmpty()) {
          p = p.withInPlace(flink.supportsInPlaceRescale(p.cluster()));
        }
        if (!p.inPlace().get()) {
          p.requireDeployment(type);
        }
      }
      default -> {}
    }
    if (type == WorkflowType.CONFIG_UPDATE && p.config().isEmpty()) {
      throw new IllegalArgumentException("CONFIG_UPDATE of " + p.jobName() + " needs config keys");
    }
    return p;
  }

  /** The plan of a workflow whose parameters went through {@link #resolve}. */
  public static Plan of(WorkflowType type, WorkflowParams p) {
    return switch (type) {
      case SAVEPOINT ->
          Plan.of(
              new SavepointStep("savepoint", false),
              new RecordLastGoodStep("record-last-good", "savepoint"));
      case STOP_WITH_SAVEPOINT ->
          Plan.of(new SavepointStep(STOP, true), new RecordLastGoodStep("record-last-good", STOP));
      case RESTART_FROM_CHECKPOINT -> restart();
      case RESCALE ->
          p.inPlace().orElse(false)
              ? Plan.of(
                  new RescaleInPlaceStep("rescale-in-place"),
                  new AwaitParallelismStep("await-parallelism", "rescale-in-place"))
              : redeploy(
                  p.requireDeployment(type).withParallelism(p.parallelism().getAsInt()),
                  p.cluster());
      case CONFIG_UPDATE -> redeploy(p.requireDeployment(type).withConfig(p.config()), p.cluster());
      case MIGRATE -> redeploy(p.requireDeployment(type), p.requireTarget(type));
      case UPGRADE -> {
        Deployment old = p.requireDeployment(type);
        yield redeploy(p.targetJar().map(old::withJar).orElse(old), p.requireTarget(type));
      }
      case MEMORY_FIX -> {
        Deployment d = p.requireDeployment(type).withConfig(p.config());
        if (p.parallelism().isPresent()) {
          d = d.withParallelism(p.parallelism().getAsInt());
        }
        yield redeploy(d, p.targetCluster().orElse(p.cluster()));
      }
      case REDEPLOY -> redeploy(p.nextDeployment().orElseThrow(), p.cluster());
      case DEPLOY ->
          Plan.of(
              new RunStep(
                  "run",
                  c -> c.params().cluster(),
                  c -> c.params().requireDeployment(type),
                  c -> c.jobs().lastGoodCheckpoint(c.jobKey()).map(CheckpointRef::path),
                  c -> Optional.empty()),
              new AwaitRunningStep(
                  "await-running", c -> c.params().cluster(), "run", Optional.empty()));
    };
  }

  private static Plan restart() {
    return Plan.of(
        new CancelStep("cancel", c -> c.params().cluster()),
        new FindCheckpointStep("find-checkpoint", "cancel"),
        new RunStep(
            "run",
            c -> c.params().cluster(),
            c -> c.params().requireDeployment(c.type()),
            c -> Optional.of(c.resultText("find-checkpoint", "path")),
            c -> Optional.empty()),
        new AwaitRunningStep("await-running", c -> c.params().cluster(), "run", Optional.empty()),
        new RecordLastGoodStep("record-last-good", "find-checkpoint"));
  }

  /**
   * Stop with savepoint on the job's cluster, run {@code next} on {@code target} from it, wait for
   * RUNNING; if the new copy does not come up, cancel it and restore the old deployment on the
   * source from the same savepoint.
   */
  private static Plan redeploy(Deployment next, String target) {
    List<Step> rollback =
        List.of(
            new CancelStep("rollback-cancel-target", c -> target),
            new RunStep(
                "rollback-run-on-source",
                c -> c.params().cluster(),
                c -> c.params().requireDeployment(c.type()),
                c -> Optional.of(c.resultText(STOP, "path")),
                c -> Optional.of(target)),
            new AwaitRunningStep(
                "rollback-await-source",
                c -> c.params().cluster(),
                "rollback-run-on-source",
                Optional.of(STOP)));
    return new Plan(
        List.of(
            new SavepointStep(STOP, true),
            new RunStep(
                RUN_TARGET,
                c -> target,
                c -> next,
                c -> Optional.of(c.resultText(STOP, "path")),
                c -> Optional.of(c.params().cluster())),
            new AwaitRunningStep(AWAIT_TARGET, c -> target, RUN_TARGET, Optional.of(STOP)),
            new RecordLastGoodStep("record-last-good", STOP)),
        Map.of(RUN_TARGET, rollback, AWAIT_TARGET, rollback));
  }
}
