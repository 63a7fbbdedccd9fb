package dev.flotilla.server.view;

import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import dev.flotilla.sla.JobContext;
import dev.flotilla.sla.SliThresholds;
import dev.flotilla.sla.report.GroupBy;
import dev.flotilla.sla.report.ReportRow;
import dev.flotilla.sla.report.SlaReport;
import dev.flotilla.sla.report.SloTargets;
import dev.flotilla.store.ClusterRow;
import dev.flotilla.store.JobFilter;
import dev.flotilla.store.JobRow;
import dev.flotilla.store.SliIntervalRow;
import dev.flotilla.store.Store;
import dev.flotilla.store.WorkflowState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fleet overview: SLA and error budget per tier and per cluster over the last {@link #WINDOW},
 * jobs by current SLI state, cluster reachability, open platform incidents and pending approvals.
 * Computed from the store in a handful of queries; {@link OverviewCache} keeps it per cycle.
 */
public final class FleetOverview {
  public static final Duration WINDOW = Duration.ofDays(7);

  private FleetOverview() {}

  public static Map<String, Object> compute(Store store, SloTargets slo, Instant now) {
    List<JobRow> jobs = store.jobs().list(JobFilter.all());
    FleetSnapshot snap = FleetSnapshot.read(store, now);
    Map<SliState, Integer> bySli = new EnumMap<>(SliState.class);
    for (SliState s : SliState.values()) {
      bySli.put(s, 0);
    }
    List<JobContext> contexts = new ArrayList<>(jobs.size());
    for (JobRow j : jobs) {
      bySli.merge(JobHealth.current(snap.open(j.jobKey())), 1, Integer::sum);
      contexts.add(
          new JobContext(
              j.jobKey(),
              j.cluster(),
              j.tier(),
              j.owner(),
              j.managed(),
              false,
              false,
              SliThresholds.defaults(j.tier())));
    }
    Instant from = now.minus(WINDOW);
    List<SliInterval> intervals =
        store.sli().intervals(from, now, Optional.empty()).stream()
            .map(SliIntervalRow::interval)
            .toList();
    List<ClusterRow> clusters = store.clusters().list();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("asOf", now);
    m.put("window", Map.of("from", from, "to", now));
    m.put("jobs", jobs.size());
    m.put("jobsBySliState", bySli);
    m.put("clusters", clusters.size());
    m.put("clustersUnreachable", clusters.stream().filter(c -> !c.reachable()).count());
    List<Map<String, Object>> byTier = rows(intervals, contexts, from, now, GroupBy.TIER, slo);
    m.put("fleet", List.of(fleet(byTier)));
    m.put("byTier", byTier);
    m.put("byCluster", rows(intervals, contexts, from, now, GroupBy.CLUSTER, slo));
    m.put("openIncidents", Incidents.open(store.diagnoses().latestPerJob()));
    m.put(
        "pendingApprovals",
        store
            .workflows()
            .list(Optional.empty(), Optional.of(WorkflowState.AWAITING_APPROVAL))
            .size());
    return m;
  }

  /**
   * The whole-fleet row from the per-tier rows (every sum adds up; the window has fully elapsed),
   * which saves a third SLA pass over 100,000 jobs.
   */
  static Map<String, Object> fleet(List<Map<String, Object>> byTier) {
    long jobs = 0;
    long breach = 0;
    long observed = 0;
    double budget = 0;
    for (Map<String, Object> r : byTier) {
      jobs += ((Number) r.get("jobs")).longValue();
      breach += ((Number) r.get("breachMinutes")).longValue();
      observed += ((Number) r.get("observedMinutes")).longValue();
      budget += ((Number) r.get("budgetMinutes")).doubleValue();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("group", "fleet");
    m.put("jobs", jobs);
    m.put("availabilityPct", observed <= 0 ? 100.0 : 100.0 * (1 - (double) breach / observed));
    m.put(
        "sloTargetPct",
        jobs == 0 ? 0 : 100.0 * (1 - budget / (jobs * (double) WINDOW.toMinutes())));
    m.put("breachMinutes", breach);
    m.put("observedMinutes", observed);
    m.put("budgetMinutes", budget);
    m.put("budgetRemainingRatio", budget == 0 ? 1.0 : (budget - breach) / budget);
    m.put("burnRate", budget == 0 ? 0.0 : breach / budget);
    return m;
  }

  private static List<Map<String, Object>> rows(
      List<SliInterval> intervals,
      List<JobContext> contexts,
      Instant from,
      Instant now,
      GroupBy by,
      SloTargets slo) {
    SlaReport report = SlaReport.build(intervals, contexts, from, now, now, by, slo);
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReportRow r : report.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("group", r.group());
      m.put("jobs", r.jobs());
      m.put("availabilityPct", r.availabilityPct());
      m.put("sloTargetPct", r.sloTargetPct());
      m.put("breachMinutes", r.breachMinutes());
      m.put("observedMinutes", r.observedMinutes());
      m.put("budgetMinutes", r.budgetMinutes());
      m.put(
          "budgetRemainingRatio",
          r.budgetMinutes() == 0 ? 1.0 : r.remainingMinutes() / r.budgetMinutes());
      m.put("burnRate", r.burnRate());
      out.add(m);
    }
    return out;
  }
}
