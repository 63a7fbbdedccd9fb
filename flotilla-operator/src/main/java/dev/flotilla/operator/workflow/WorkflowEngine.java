package dev.flotilla.operator.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.operator.flink.FlinkActions;
import dev.flotilla.store.ActiveWorkflowExistsException;
import dev.flotilla.store.StepState;
import dev.flotilla.store.Store;
import dev.flotilla.store.StoreException;
import dev.flotilla.store.WorkflowRow;
import dev.flotilla.store.WorkflowState;
import dev.flotilla.store.WorkflowStepRow;
import dev.flotilla.store.WorkflowStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs durable workflows: each step's intent is stored before it acts and its result after; the run
 * heart-beats a lease; {@link #resumeAbandoned} takes over runs whose lease expired (their process
 * died) and continues from the first step without a result, re-checking the world. A job never has
 * two active workflows. Time comes from the injected clock.
 */
public final class WorkflowEngine {
  private static final Object CREATE_LOCK = new Object();
  private final Store store;
  private final WorkflowStore workflows;
  private final FlinkActions flink;
  private final Clock clock;
  private final Sleeper sleeper;
  private final EngineOptions options;
  private final StepListener listener;
  private final WorkflowAudit audit;

  public WorkflowEngine(
      Store store,
      FlinkActions flink,
      Clock clock,
      Sleeper sleeper,
      EngineOptions options,
      StepListener listener) {
    this.store = store;
    this.workflows = store.workflows();
    this.flink = flink;
    this.clock = clock;
    this.sleeper = sleeper;
    this.options = options;
    this.listener = listener;
    this.audit = new WorkflowAudit(store.audit(), clock);
  }

  /** Creates the workflow and runs it to its end (or dry-runs it); returns its id. */
  public String start(WorkflowRequest request) {
    WorkflowRow row = create(request);
    if (request.dryRun()) {
      dryRun(row);
    } else {
      run(row);
    }
    return row.id();
  }

  /**
   * Creates the workflow, leased to this engine, without running it (run it with {@link #run}).
   *
   * @throws WorkflowConflictException if the job already has an active workflow
   */
  public WorkflowRow create(WorkflowRequest r) {
    WorkflowParams params = Plans.resolve(r.type(), r.params(), flink);
    Plans.of(r.type(), params); // fail now on parameters the plan cannot use
    Instant now = clock.instant();
    String id = "wf-" + UUID.randomUUID().toString().substring(0, 13);
    WorkflowRow row =
        new WorkflowRow(
            id,
            r.type().name(),
            r.jobKey(),
            Jsons.write(params),
            r.dryRun() ? WorkflowState.CANCELLED : WorkflowState.RUNNING,
            r.actor(),
            r.reason(),
            now,
            now,
            options.owner(),
            r.dryRun() ? now : now.plus(options.lease()));
    synchronized (CREATE_LOCK) {
      if (!r.dryRun() && workflows.hasActiveWorkflow(r.jobKey())) {
        throw new WorkflowConflictException(
            "job "
                + r.jobKey()
                + " already has an active workflow: "
                + workflows.list(Optional.of(r.jobKey()), Optional.empty()).stream()
                    .filter(w -> w.state().isActive())
                    .map(WorkflowRow::id)
                    .toList());
      }
      try {
        workflows.create(row);
      } catch (ActiveWorkflowExistsException e) { // another process got there first
        throw new WorkflowConflictException(e.getMessage());
      }
    }
    audit.started(id, r, params);
    return row;
  }

  /**
   * Claims every workflow whose lease expired and runs each to its end; returns their ids. Runs
   * that another engine claims first are left to it.
   */
  public List<String> resumeAbandoned() {
    List<String> resumed = new ArrayList<>();
    while (true) {
      Instant now = clock.instant();
      Optional<WorkflowRow> claimed =
          workflows.claimAbandoned(now, options.owner(), now.plus(options.lease()));
      if (claimed.isEmpty()) {
        return resumed;
      }
      WorkflowRow row = claimed.get();
      audit.decision(
          row.id(),
          WorkflowType.parse(row.type()),
          row.createdBy(),
          row.jobKey(),
          "resume",
          "lease expired; taken over by " + options.owner());
      run(row);
      resumed.add(row.id());
    }
  }

  public Optional<WorkflowView> status(String id) {
    return workflows.get(id).map(WorkflowView::of);
  }

  public List<StepView> steps(String id) {
    return workflows.steps(id).stream().map(StepView::of).toList();
  }

  public List<WorkflowView> list(Optional<String> jobKey) {
    return workflows.list(jobKey, Optional.empty()).stream().map(WorkflowView::of).toList();
  }

  /** Runs (or continues) a workflow this engine holds the lease of, to its end. */
  public WorkflowView run(WorkflowRow row) {
    WorkflowType type = WorkflowType.parse(row.type());
    WorkflowParams params = Jsons.params(row.paramsJson(), row.id());
    Plan plan = Plans.of(type, params);
    StepContext ctx = context(row, type, params);
    List<WorkflowStepRow> stored = workflows.steps(row.id());
    try {
      int failed = -1;
      for (WorkflowStepRow s : stored) {
        if (s.state() == StepState.FAILED && failed < 0) {
          failed = s.index();
        }
      }
      if (failed < 0) {
        for (int i = 0; i < plan.steps().size(); i++) {
          if (!runStep(row, type, ctx, i, plan.steps().get(i), existing(stored, i))) {
            failed = i;
            break;
          }
        }
        if (failed < 0) {
          return finish(row, type, WorkflowState.SUCCEEDED);
        }
      }
      String failedName = plan.steps().get(failed).name();
      List<Step> rollback = plan.rollbackFor(failedName);
      if (rollback.isEmpty()) {
        return finish(row, type, WorkflowState.FAILED);
      }
      audit.decision(
          row.id(),
          type,
          row.createdBy(),
          row.jobKey(),
          "rollback",
          "step " + failedName + " failed");
      for (int k = 0; k < rollback.size(); k++) {
        int index = failed + 1 + k;
        if (!runStep(row, type, ctx, index, rollback.get(k), existing(stored, index))) {
          return finish(row, type, WorkflowState.FAILED);
        }
      }
      return finish(row, type, WorkflowState.ROLLED_BACK);
    } catch (LeaseLostException e) {
      return status(row.id()).orElseThrow();
    }
  }

  private static Optional<WorkflowStepRow> existing(List<WorkflowStepRow> stored, int index) {
    return stored.stream().filter(s -> s.index() == index).findFirst();
  }

  private StepContext context(WorkflowRow row, WorkflowType type, WorkflowParams params) {
    StepContext ctx =
        new StepContext(
            row.id(),
            row.jobKey(),
            type,
            params,
            flink,
            store.jobs(),
            clock,
            sleeper,
            options.pollEvery(),
            () -> heartbeat(row.id()));
    for (WorkflowStepRow s : workflows.steps(row.id())) {
      Optional<JsonNode> result =
          s.state() == StepState.DONE
              ? s.resultJson().map(r -> Jsons.read(r, "result of " + s.name()))
              : Optional.empty();
      ctx.remember(s.name(), Jsons.read(s.intentJson(), "intent of " + s.name()), result);
    }
    return ctx;
  }

  /** Runs one step (or finishes one a crashed run left); false if it failed. */
  private boolean runStep(
      WorkflowRow row,
      WorkflowType type,
      StepContext ctx,
      int index,
      Step step,
      Optional<WorkflowStepRow> existing) {
    if (existing.isPresent() && !existing.get().name().equals(step.name())) {
      throw new IllegalStateException(
          "workflow "
              + row.id()
              + " step "
              + index
              + " is stored as "
              + existing.get().name()
              + " but the plan says "
              + step.name());
    }
    if (existing.isPresent() && existing.get().state() == StepState.DONE) {
      return true;
    }
    if (existing.isPresent() && existing.get().state() == StepState.FAILED) {
      return false;
    }
    heartbeat(row.id());
    JsonNode intent;
    String id = row.id();
    String owner = options.owner();
    try {
      if (existing.isPresent()) {
        intent = Jsons.read(existing.get().intentJson(), "intent of " + step.name());
        audit.step(
            id, type, row.createdBy(), row.jobKey(), index, step.name(), "resume", intent, "OK");
      } else {
        ObjectNode fresh = step.intent(ctx);
        workflows.appendStepIntent(
            id, owner, index, step.name(), fresh.toString(), clock.instant());
        intent = fresh;
        audit.step(
            id, type, row.createdBy(), row.jobKey(), index, step.name(), "intent", intent, "OK");
      }
      ctx.remember(step.name(), intent, Optional.empty());
      listener.on(id, index, step.name(), StepListener.Event.INTENT);
      if (existing.isEmpty() || existing.get().state() == StepState.PENDING) {
        workflows.markStepRunning(id, owner, index, clock.instant());
      }
    } catch (StoreException e) {
      throw new LeaseLostException("workflow " + id + ": " + e.getMessage(), e);
    }
    ObjectNode result;
    try {
      result = step.execute(ctx, intent);
    } catch (LeaseLostException e) {
      throw e;
    } catch (RuntimeException e) {
      ObjectNode error = Jsons.object();
      error.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
      record(id, index, StepState.FAILED, error);
      audit.step(
          id, type, row.createdBy(), row.jobKey(), index, step.name(), "failed", error, "FAILED");
      listener.on(id, index, step.name(), StepListener.Event.FAILED);
      return false;
    }
    listener.on(id, index, step.name(), StepListener.Event.ACTED);
    record(id, index, StepState.DONE, result);
    ctx.remember(step.name(), intent, Optional.of(result));
    audit.step(id, type, row.createdBy(), row.jobKey(), index, step.name(), "done", result, "OK");
    listener.on(id, index, step.name(), StepListener.Event.DONE);
    return true;
  }

  private void record(String id, int index, StepState state, ObjectNode result) {
    try {
      workflows.recordStepResult(
          id, options.owner(), index, state, clock.instant(), result.toString());
    } catch (StoreException e) {
      throw new LeaseLostException("workflow " + id + ": " + e.getMessage(), e);
    }
  }

  private void heartbeat(String id) {
    boolean held;
    try {
      held = workflows.heartbeat(id, options.owner(), clock.instant().plus(options.lease()));
    } catch (StoreException e) {
      throw new LeaseLostException("heartbeat of " + id + " failed: " + e.getMessage(), e);
    }
    if (!held) {
      throw new LeaseLostException(
          "workflow " + id + " is no longer leased to " + options.owner(), null);
    }
  }

  private WorkflowView finish(WorkflowRow row, WorkflowType type, WorkflowState state) {
    if (!workflows.updateState(row.id(), options.owner(), state, clock.instant())) {
      throw new LeaseLostException("workflow " + row.id() + " lost before it could end", null);
    }
    audit.finished(row.id(), type, row.createdBy(), row.jobKey(), state.name());
    return status(row.id()).orElseThrow();
  }

  /** Records each step's intent with a dry-run result; touches nothing. */
  private void dryRun(WorkflowRow row) {
    WorkflowType type = WorkflowType.parse(row.type());
    WorkflowParams params = Jsons.params(row.paramsJson(), row.id());
    Plan plan = Plans.of(type, params);
    StepContext ctx = context(row, type, params);
    for (int i = 0; i < plan.steps().size(); i++) {
      Step step = plan.steps().get(i);
      ObjectNode intent = step.intent(ctx);
      workflows.appendStepIntent(
          row.id(), options.owner(), i, step.name(), intent.toString(), clock.instant());
      ObjectNode result = Jsons.object();
      result.put("dryRun", true);
      workflows.recordStepResult(
          row.id(), options.owner(), i, StepState.DONE, clock.instant(), result.toString());
      ctx.remember(step.name(), intent, Optional.empty());
      audit.step(
          row.id(),
          type,
          row.createdBy(),
          row.jobKey(),
          i,
          step.name(),
          "dry-run",
          intent,
          "DRY_RUN");
    }
    audit.finished(row.id(), type, row.createdBy(), row.jobKey(), WorkflowView.DRY_RUN);
  }
}
