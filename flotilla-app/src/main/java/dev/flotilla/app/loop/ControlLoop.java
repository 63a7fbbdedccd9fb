package dev.flotilla.app.loop;

import dev.flotilla.adviser.live.AdviserCycle;
import dev.flotilla.app.advise.AdviserStage;
import dev.flotilla.app.heal.HealingStage;
import dev.flotilla.app.metrics.FlotillaMetrics;
import dev.flotilla.app.notify.NotifyStage;
import dev.flotilla.app.persist.ObservationRows;
import dev.flotilla.collector.ClusterTarget;
import dev.flotilla.collector.FleetCollector;
import dev.flotilla.config.ClusterSettings;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import dev.flotilla.sla.JobContext;
import dev.flotilla.sla.SlaChanges;
import dev.flotilla.sla.SlaEngine;
import dev.flotilla.store.JobRow;
import dev.flotilla.store.Store;
import dev.flotilla.store.WorkflowState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One cycle of Flotilla's loop, in DESIGN.md's one-way order: collect → SLA → store → metrics. The
 * loop itself decides nothing; each stage is its own class.
 */
public final class ControlLoop {
  private final FlotillaConfig config;
  private final List<ClusterTarget> targets;
  private final FleetCollector collector;
  private final SlaEngine sla;
  private final Store store;
  private final FlotillaMetrics metrics;
  private final Clock clock;
  private final AdviserStage adviser;
  private final Optional<NotifyStage> notify;
  private final HealingStage healing;
  private final Map<String, JobRow> lastRows = new HashMap<>();
  private final Map<String, String> lastGoodPath = new HashMap<>();

  public ControlLoop(
      FlotillaConfig config,
      List<ClusterTarget> targets,
      FleetCollector collector,
      SlaEngine sla,
      Store store,
      FlotillaMetrics metrics,
      AdviserStage adviser,
      Optional<NotifyStage> notify,
      HealingStage healing,
      Clock clock) {
    this.config = Objects.requireNonNull(config);
    this.targets = List.copyOf(targets);
    this.collector = Objects.requireNonNull(collector);
    this.sla = Objects.requireNonNull(sla);
    this.store = Objects.requireNonNull(store);
    this.metrics = Objects.requireNonNull(metrics);
    this.adviser = Objects.requireNonNull(adviser);
    this.notify = Objects.requireNonNull(notify);
    this.healing = Objects.requireNonNull(healing);
    this.clock = Objects.requireNonNull(clock);
  }

  public CycleReport runCycle() {
    Instant start = clock.instant();
    List<JobContext> contexts =
        JobContexts.managed(config, currentClusters(), start, jobsUnderUserWorkflows());
    List<ClusterSnapshot> snapshots = collector.pollAll(targets, expectedJobs(contexts));
    contexts = JobContexts.relocated(config, contexts, snapshots);
    SlaChanges changes = sla.cycle(snapshots, contexts);
    int written = persist(snapshots, contexts);
    AdviserCycle advice = adviser.run(snapshots, managedKeys(contexts), clock.instant());
    notify.ifPresent(n -> n.onCycle(changes, advice.incidents()));
    healing.onCycle(advice, adviser.adviser(), lastRows, sla::lastMinute);
    Duration took = Duration.between(start, clock.instant());
    publish(snapshots, contexts, changes, took, written);
    return new CycleReport(start, took, snapshots, changes, written, statuses(advice), advice);
  }

  /**
   * Cluster/name → managed job key, for the adviser: the job's copies on every cluster of its
   * placement belong to it (the adviser prefers a live copy over a stopped one), so the stopped
   * copy a migration left behind is not diagnosed as a job of its own.
   */
  private Map<String, String> managedKeys(List<JobContext> contexts) {
    Map<String, String> keys = new HashMap<>();
    for (JobContext c : contexts) {
      if (c.managed()) {
        keys.put(c.cluster() + "/" + c.flinkJobName(), c.jobKey());
      }
    }
    for (JobContext c : contexts) {
      if (c.managed()) {
        config.job(c.jobKey()).stream()
            .flatMap(spec -> spec.placement().clusters().stream())
            .forEach(cl -> keys.putIfAbsent(cl + "/" + c.flinkJobName(), c.jobKey()));
      }
    }
    return keys;
  }

  private List<CycleReport.JobStatus> statuses(AdviserCycle advice) {
    List<CycleReport.JobStatus> out = new ArrayList<>();
    for (JobRow r : lastRows.values()) {
      out.add(
          new CycleReport.JobStatus(
              r.jobKey(),
              r.cluster(),
              r.state(),
              sla.lastMinute(r.jobKey()),
              r.tier(),
              Optional.ofNullable(advice.health().get(r.jobKey())),
              adviser.adviser().current(r.jobKey()).stream().findFirst()));
    }
    out.sort(java.util.Comparator.comparing(CycleReport.JobStatus::jobKey));
    return out;
  }

  /**
   * Where managed jobs run now, as last stored (a migrated job moved off its preferred cluster).
   */
  private Map<String, String> currentClusters() {
    Map<String, String> out = new HashMap<>();
    lastRows.values().stream()
        .filter(JobRow::managed)
        .forEach(r -> out.put(r.jobKey(), r.cluster()));
    return out;
  }

  /**
   * Jobs a person is changing right now (a running or approved workflow a user or token started:
   * rescale, upgrade, config change, ...): planned work, excluded from the SLA while it runs.
   * Self-healing and the reconciler act for Flotilla; their downtime counts.
   */
  private Set<String> jobsUnderUserWorkflows() {
    Set<String> out = new HashSet<>();
    for (WorkflowState s : List.of(WorkflowState.RUNNING, WorkflowState.PENDING)) {
      store.workflows().list(Optional.empty(), Optional.of(s)).stream()
          .filter(w -> !w.createdBy().startsWith("flotilla"))
          .forEach(w -> out.add(w.jobKey()));
    }
    return out;
  }

  private static Map<String, Set<String>> expectedJobs(List<JobContext> contexts) {
    Map<String, Set<String>> out = new HashMap<>();
    for (JobContext c : contexts) {
      if (c.shouldRun()) {
        out.computeIfAbsent(c.cluster(), k -> new HashSet<>()).add(c.flinkJobName());
      }
    }
    return out;
  }

  private int persist(List<ClusterSnapshot> snapshots, List<JobContext> contexts) {
    Map<String, JobContext> managedByClusterAndName = new HashMap<>();
    for (JobContext c : contexts) {
      managedByClusterAndName.put(c.cluster() + "/" + c.flinkJobName(), c);
    }
    List<JobRow> rows = new ArrayList<>();
    for (ClusterSnapshot snap : snapshots) {
      ClusterSettings cs = config.cluster(snap.cluster().cluster()).orElseThrow();
      store.clusters().upsert(ObservationRows.cluster(snap.cluster(), cs.rest(), cs.zone()));
      for (JobObservation o : SlaEngine.currentPerName(snap.jobs()).values()) {
        JobContext ctx =
            managedByClusterAndName.getOrDefault(
                o.cluster() + "/" + o.name(),
                JobContext.observed(o.cluster(), o.name(), Optional.empty(), Optional.empty()));
        JobRow row = ObservationRows.job(ctx, o, Optional.ofNullable(lastRows.get(ctx.jobKey())));
        if (ctx.managed()) {
          recordLastGood(ctx.jobKey(), o);
        }
        rows.add(row);
        lastRows.put(ctx.jobKey(), row);
      }
    }
    return store.jobs().upsertAll(rows);
  }

  /**
   * A managed job's newest completed checkpoint is its last known good state: the store keeps it
   * (written only when it changes), so a job can be restored or moved even when its own copy has
   * none — a copy that never ran, a JobManager that forgot it.
   */
  private void recordLastGood(String jobKey, JobObservation o) {
    Optional<String> path = o.checkpoints().latestCompletedPath();
    if (path.isEmpty() || path.get().equals(lastGoodPath.get(jobKey))) {
      return;
    }
    store
        .jobs()
        .recordLastGoodCheckpoint(
            jobKey, path.get(), o.checkpoints().latestCompletedAt().orElse(clock.instant()));
    lastGoodPath.put(jobKey, path.get());
  }

  private void publish(
      List<ClusterSnapshot> snapshots,
      List<JobContext> contexts,
      SlaChanges changes,
      Duration took,
      int written) {
    for (ClusterSnapshot s : snapshots) {
      metrics.recordPoll(s.cluster().cluster(), s.cluster().pollLatency(), s.cluster().reachable());
    }
    Map<String, JobContext> byKey = new HashMap<>();
    contexts.forEach(c -> byKey.put(c.jobKey(), c));
    for (var entry : lastRows.entrySet()) {
      JobRow row = entry.getValue();
      SliState state = sla.lastMinute(entry.getKey()).map(m -> m.state()).orElse(SliState.UNKNOWN);
      metrics.setJobState(entry.getKey(), row.cluster(), row.tier(), state);
    }
    for (SliInterval closed : changes.closed()) {
      if (closed.state().isBreach()) {
        metrics.addBreachMinutes(
            closed.side(), closed.tier(), closed.cluster(), closed.minutes(changes.watermark()));
      }
    }
    Map<SliState, Long> open = new EnumMap<>(SliState.class);
    for (SliState s : SliState.values()) {
      open.put(s, 0L);
    }
    sla.openIntervals().values().forEach(i -> open.merge(i.state(), 1L, Long::sum));
    open.forEach(metrics::setOpenIntervals);
    metrics.recordCycle(took, written);
  }
}
