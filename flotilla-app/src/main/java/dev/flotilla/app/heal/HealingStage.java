package dev.flotilla.app.heal;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.live.AdviserCycle;
import dev.flotilla.adviser.live.JobDiagnosis;
import dev.flotilla.adviser.live.LiveAdviser;
import dev.flotilla.adviser.live.Moment;
import dev.flotilla.app.operator.FlinkEndpoints;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.JobSpec;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import dev.flotilla.operator.flink.RestFlinkActions;
import dev.flotilla.operator.managed.ManagedJob;
import dev.flotilla.operator.managed.Reconciler;
import dev.flotilla.operator.policy.ApprovalQueue;
import dev.flotilla.operator.policy.CycleFacts;
import dev.flotilla.operator.policy.DiagnosisInput;
import dev.flotilla.operator.policy.EngineLauncher;
import dev.flotilla.operator.policy.HealingLoop;
import dev.flotilla.operator.policy.HealingNotifier;
import dev.flotilla.operator.policy.HealingPolicy;
import dev.flotilla.operator.policy.HealingSettings;
import dev.flotilla.operator.policy.JobContext;
import dev.flotilla.operator.verify.EngineRollback;
import dev.flotilla.operator.verify.FixVerifier;
import dev.flotilla.operator.verify.VerificationTracker;
import dev.flotilla.operator.workflow.Deployment;
import dev.flotilla.operator.workflow.EngineOptions;
import dev.flotilla.operator.workflow.Sleeper;
import dev.flotilla.operator.workflow.StepListener;
import dev.flotilla.operator.workflow.WorkflowEngine;
import dev.flotilla.sla.SliMinute;
import dev.flotilla.store.JobRow;
import dev.flotilla.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The loop's self-healing stage: hands the cycle's diagnoses to the operator's {@link HealingLoop}
 * (policy → guardrails → workflows, verification, approvals) and, with {@code policy.reconcile},
 * runs the managed-job {@link Reconciler}. Workflows run on their own thread so a long migration
 * never delays observation; the loop thread only decides.
 */
public final class HealingStage implements AutoCloseable {
  private final FlotillaConfig config;
  private final HealingLoop loop;
  private final WorkflowEngine engine;
  private final ExecutorService executor;
  private final Reconciler reconciler;
  private final AtomicBoolean reconcileQueued = new AtomicBoolean();

  private HealingStage(
      FlotillaConfig config,
      HealingLoop loop,
      WorkflowEngine engine,
      ExecutorService executor,
      Reconciler reconciler) {
    this.config = config;
    this.loop = loop;
    this.engine = engine;
    this.executor = executor;
    this.reconciler = reconciler;
  }

  public static HealingStage create(FlotillaConfig config, Store store, Clock clock) {
    return create(config, store, clock, HealingNotifier.none());
  }

  /** With {@code notifier} telling people about recommendations, approvals and pages. */
  public static HealingStage create(
      FlotillaConfig config, Store store, Clock clock, HealingNotifier notifier) {
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "flotilla-operator");
              t.setDaemon(true);
              return t;
            });
    RestFlinkActions flink =
        new RestFlinkActions(FlinkEndpoints.from(config), Duration.ofSeconds(30));
    WorkflowEngine engine =
        new WorkflowEngine(
            store, flink, clock, Sleeper.real(), EngineOptions.defaults(), StepListener.none());
    HealingSettings settings = HealingSettings.of(config.policy());
    VerificationTracker tracker =
        new VerificationTracker(
            new FixVerifier(config.policy().verifyWindow(), settings.healthyTail()),
            store.workflows(),
            store.actionMemory(),
            store.audit(),
            new EngineRollback(engine, executor),
            clock);
    // watches of fixes that were in flight when Flotilla last stopped
    tracker.resume(Duration.ofHours(1).plus(config.policy().verifyWindow()));
    HealingLoop loop =
        new HealingLoop(
            new HealingPolicy(settings),
            store.workflows(),
            store.actionMemory(),
            store.audit(),
            new EngineLauncher(engine, executor),
            new ApprovalQueue(store.workflows(), store.approvals(), store.audit(), clock),
            tracker,
            notifier,
            clock);
    return new HealingStage(config, loop, engine, executor, new Reconciler(engine, flink));
  }

  /**
   * One cycle.
   *
   * @param rows the current row of every job the loop knows, by job key
   * @param sli each job's last finished SLA minute
   */
  public void onCycle(
      AdviserCycle advice,
      LiveAdviser adviser,
      Map<String, JobRow> rows,
      Function<String, Optional<SliMinute>> sli) {
    List<DiagnosisInput> diagnoses =
        advice.newOrChanged().stream().map(HealingStage::input).toList();
    Map<String, Set<String>> labels = new HashMap<>();
    Map<String, JobContext> jobs = new HashMap<>();
    Map<String, java.time.Instant> minutes = new HashMap<>();
    int failing = 0;
    for (JobRow row : rows.values()) {
      // symptoms present now: a pre-emptive risk (e.g. heap trending up while a job fills its
      // new, larger heap) is not the failure a fix was for, nor keeps one waiting
      labels.put(
          row.jobKey(),
          adviser.current(row.jobKey()).stream()
              .filter(d -> d.moment() != Moment.PREEMPTIVE)
              .map(d -> d.label().name())
              .collect(Collectors.toCollection(HashSet::new)));
      Optional<SliMinute> last = sli.apply(row.jobKey());
      SliState state = last.map(SliMinute::state).orElse(SliState.UNKNOWN);
      last.ifPresent(m -> minutes.put(row.jobKey(), m.minute()));
      failing += state.isBreach() ? 1 : 0;
      jobs.put(row.jobKey(), context(row).withSli(state));
    }
    List<String> incidents = advice.incidents().stream().map(i -> i.id()).toList();
    loop.cycle(new CycleFacts(diagnoses, labels, jobs, failing, incidents, minutes));
    executor.execute(engine::resumeAbandoned); // approved workflows, and runs a crash left behind
    if (config.policy().reconcile()
        && !config.policy().dryRun()
        && reconcileQueued.compareAndSet(false, true)) {
      List<ManagedJob> managed = managedJobs(rows);
      executor.execute(
          () -> {
            reconcileQueued.set(false);
            reconciler.reconcile(managed);
          });
    }
  }

  /**
   * Managed jobs with a full spec, placed on the cluster they last ran on (else their preferred
   * cluster), with every placement cluster as a place where a running copy counts.
   */
  private List<ManagedJob> managedJobs(Map<String, JobRow> rows) {
    List<ManagedJob> out = new java.util.ArrayList<>();
    for (JobSpec s : config.jobs()) {
      if (s.entryClass().isEmpty()) {
        continue;
      }
      JobRow row = rows.get(s.name());
      String cluster = row != null ? row.cluster() : s.placement().preferred();
      out.add(
          new ManagedJob(
              s.name(),
              cluster,
              s.name(),
              new Deployment(
                  s.artifact(), s.entryClass().get(), s.args(), s.parallelism(), s.flinkConfig()),
              s.placement().clusters()));
    }
    return out;
  }

  private JobContext context(JobRow row) {
    Optional<JobSpec> spec = row.managed() ? config.job(row.jobKey()) : Optional.empty();
    if (spec.isEmpty() || spec.get().entryClass().isEmpty()) {
      return JobContext.observed(
          row.jobKey(), row.cluster(), row.name(), row.tier().orElse(Tier.P2));
    }
    JobSpec s = spec.get();
    JobContext ctx =
        JobContext.managed(
            s.name(),
            row.cluster(),
            s.tier(),
            config.autoActionsFor(s),
            new Deployment(
                s.artifact(), s.entryClass().get(), s.args(), s.parallelism(), s.flinkConfig()));
    Optional<String> other =
        s.placement().clusters().stream().filter(c -> !c.equals(row.cluster())).findFirst();
    if (other.isPresent()) {
      ctx = ctx.withMigrationTarget(other.get()).withMemoryTarget(other.get());
    }
    return ctx;
  }

  private static DiagnosisInput input(JobDiagnosis d) {
    return new DiagnosisInput(
        d.jobKey(),
        d.label().name(),
        d.side(),
        d.confidence(),
        d.actions().stream().map(Action::name).toList(),
        d.evidence(),
        d.incidentId());
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
