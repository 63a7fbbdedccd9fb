package dev.flotilla.operator.policy;

import dev.flotilla.config.AutoAction;
import dev.flotilla.config.PolicySettings;
import dev.flotilla.model.Side;
import dev.flotilla.model.Tier;
import dev.flotilla.operator.workflow.Deployment;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Small builders shared by the policy tests. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
  static final Set<AutoAction> ALL = EnumSet.allOf(AutoAction.class);

  private Fixtures() {}

  static PolicySettings policy(boolean dryRun, Set<Tier> approvalTiers) {
    return new PolicySettings(
        ALL, 5, 2, Duration.ofMinutes(30), 20, dryRun, approvalTiers, Duration.ofMinutes(10));
  }

  static HealingSettings settings() {
    return HealingSettings.of(policy(false, Set.of(Tier.P0)));
  }

  static Deployment deployment() {
    return new Deployment("/jobs/app.jar", "com.example.App", List.of(), 2, Map.of());
  }

  static JobContext job(String key, Tier tier) {
    return JobContext.managed(key, "c1", tier, ALL, deployment())
        .withMemoryTarget("big-mem")
        .withMigrationTarget("c2");
  }

  static DiagnosisInput diagnosis(String job, String label, Side side, String... actions) {
    return new DiagnosisInput(
        job, label, side, 0.9, List.of(actions), List.of("evidence of " + label), Optional.empty());
  }

  static DiagnosisInput heapOom(String job) {
    return diagnosis(job, "OOM_HEAP", Side.USER, "INCREASE_HEAP");
  }

  static PolicyInput input(List<DiagnosisInput> ds, List<JobContext> jobs) {
    return input(ds, jobs, List.of(), Map.of(), Set.of(), 0);
  }

  static PolicyInput input(
      List<DiagnosisInput> ds,
      List<JobContext> jobs,
      List<ActiveWorkflow> active,
      Map<String, Instant> last,
      Set<FailedAction> failed,
      int failing) {
    Map<String, JobContext> byKey =
        jobs.stream().collect(java.util.stream.Collectors.toMap(JobContext::jobKey, j -> j));
    return new PolicyInput(ds, byKey, active, last, failed, failing, List.of(), NOW);
  }

  static Candidate candidate(JobContext job, DiagnosisInput d) {
    String action = d.recommendedActions().get(0);
    return new Candidate(d, job, RemedyMapping.of(action).orElseThrow());
  }

  static CycleState state(PolicyInput in) {
    return new CycleState(in);
  }
}
