package dev.flotilla.operator.policy;

import static dev.flotilla.operator.policy.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.AutoAction;
import dev.flotilla.config.PolicySettings;
import dev.flotilla.model.Side;
import dev.flotilla.model.Tier;
import dev.flotilla.operator.policy.Decision.Kind;
import dev.flotilla.operator.workflow.WorkflowType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HealingPolicyTest {
  private final HealingPolicy policy = new HealingPolicy(settings());

  private static List<Kind> kinds(List<Decision> ds) {
    return ds.stream().map(Decision::kind).toList();
  }

  @Test
  void decide_userCodeException_onlyRecommendsNoRestart() {
    DiagnosisInput bug =
        diagnosis(
            "orders", "USER_CODE_EXCEPTION", Side.USER, "FIX_USER_CODE", "RESTART_FROM_CHECKPOINT");
    List<Decision> ds = policy.decide(input(List.of(bug), List.of(job("orders", Tier.P1))));
    assertThat(kinds(ds)).containsExactly(Kind.RECOMMEND);
    assertThat(ds.get(0).actions()).containsExactly("FIX_USER_CODE", "RESTART_FROM_CHECKPOINT");
    assertThat(ds.get(0).evidence()).containsExactly("evidence of USER_CODE_EXCEPTION");
  }

  @Test
  void decide_platformRestart_starts() {
    DiagnosisInput lost =
        diagnosis(
            "orders", "TASKMANAGER_LOST_OR_NETWORK", Side.PLATFORM, "RESTART_FROM_CHECKPOINT");
    List<Decision> ds = policy.decide(input(List.of(lost), List.of(job("orders", Tier.P1))));
    assertThat(kinds(ds)).containsExactly(Kind.START);
    assertThat(ds.get(0).workflow()).contains(WorkflowType.RESTART_FROM_CHECKPOINT);
  }

  @Test
  void decide_heapOomAllowed_startsMemoryFixOnBiggerCluster() {
    List<Decision> ds =
        policy.decide(input(List.of(heapOom("orders")), List.of(job("orders", Tier.P1))));
    assertThat(kinds(ds)).containsExactly(Kind.START);
    Decision d = ds.get(0);
    assertThat(d.workflow()).contains(WorkflowType.MEMORY_FIX);
    assertThat(d.params().orElseThrow().targetCluster()).contains("big-mem");
    assertThat(d.params().orElseThrow().dryRun()).isFalse();
    assertThat(d.reason()).contains("OOM_HEAP").contains("INCREASE_HEAP").contains("MEMORY_FIX");
  }

  @Test
  void decide_heapOomOnP0_awaitsApproval() {
    List<Decision> ds = policy.decide(input(List.of(heapOom("pay")), List.of(job("pay", Tier.P0))));
    assertThat(kinds(ds)).containsExactly(Kind.AWAIT_APPROVAL);
    assertThat(ds.get(0).reason()).contains("needs approval");
  }

  @Test
  void decide_heapOomNotAllowed_skipsAndRecommends() {
    JobContext restartOnly =
        JobContext.managed("orders", "c1", Tier.P1, Set.of(AutoAction.RESTART), deployment());
    List<Decision> ds = policy.decide(input(List.of(heapOom("orders")), List.of(restartOnly)));
    assertThat(kinds(ds)).containsExactly(Kind.SKIP, Kind.RECOMMEND);
    assertThat(ds.get(0).skip()).contains(SkipReason.NOT_ALLOWED_BY_POLICY);
    assertThat(ds.get(1).actions()).containsExactly("INCREASE_HEAP");
  }

  @Test
  void decide_firstRemedyNotAllowed_fallsBackToNextAllowed() {
    JobContext restartOnly =
        JobContext.managed("orders", "c1", Tier.P1, Set.of(AutoAction.RESTART), deployment());
    DiagnosisInput lost =
        diagnosis(
            "orders",
            "TASKMANAGER_LOST_OR_NETWORK",
            Side.PLATFORM,
            "MIGRATE_TO_HEALTHY_CLUSTER",
            "RESTART_FROM_CHECKPOINT");
    List<Decision> ds = policy.decide(input(List.of(lost), List.of(restartOnly)));
    assertThat(kinds(ds)).containsExactly(Kind.START);
    assertThat(ds.get(0).workflow()).contains(WorkflowType.RESTART_FROM_CHECKPOINT);
  }

  @Test
  void decide_25FailingJobs_noStartOnePageKeepsRecommending() {
    List<DiagnosisInput> ds = new ArrayList<>();
    List<JobContext> jobs = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      ds.add(
          diagnosis(
              "j" + i, "TASKMANAGER_LOST_OR_NETWORK", Side.PLATFORM, "RESTART_FROM_CHECKPOINT"));
      jobs.add(job("j" + i, Tier.P2));
    }
    PolicyInput in = input(ds, jobs, List.of(), Map.of(), Set.of(), 25);
    List<Decision> first = policy.decide(in);
    assertThat(kinds(first)).doesNotContain(Kind.START, Kind.AWAIT_APPROVAL, Kind.DRY_RUN);
    assertThat(first.stream().filter(d -> d.kind() == Kind.PAGE)).hasSize(1);
    assertThat(first.get(0).kind()).isEqualTo(Kind.PAGE);
    assertThat(first.get(0).reason()).contains("25 jobs failing");
    assertThat(first.stream().filter(d -> d.kind() == Kind.RECOMMEND)).hasSize(25);
    assertThat(first.stream().filter(d -> d.skip().equals(Optional.of(SkipReason.BREAKER_OPEN))))
        .hasSize(25);
    List<Decision> second = policy.decide(in);
    assertThat(kinds(second)).doesNotContain(Kind.PAGE, Kind.START);
    assertThat(policy.breakerOpen()).isTrue();
  }

  @Test
  void decide_withinCooldown_skipsWithoutRecommending() {
    PolicyInput in =
        input(
            List.of(heapOom("orders")),
            List.of(job("orders", Tier.P1)),
            List.of(),
            Map.of("orders", NOW.minus(Duration.ofMinutes(5))),
            Set.of(),
            0);
    List<Decision> ds = policy.decide(in);
    assertThat(kinds(ds)).containsExactly(Kind.SKIP);
    assertThat(ds.get(0).skip()).contains(SkipReason.COOLDOWN);
  }

  @Test
  void decide_failedVerificationMemory_blocksSameDiagnosisOnly_resetReenables() {
    Set<FailedAction> failed =
        Set.of(new FailedAction("orders", "OOM_HEAP", WorkflowType.MEMORY_FIX));
    DiagnosisInput metaspace =
        diagnosis("other", "OOM_METASPACE", Side.PLATFORM, "INCREASE_METASPACE");
    DiagnosisInput sameJobOther =
        diagnosis("orders", "OOM_METASPACE", Side.PLATFORM, "INCREASE_METASPACE");
    List<JobContext> jobs = List.of(job("orders", Tier.P1), job("other", Tier.P1));

    List<Decision> blocked =
        policy.decide(input(List.of(heapOom("orders")), jobs, List.of(), Map.of(), failed, 0));
    assertThat(kinds(blocked)).containsExactly(Kind.SKIP, Kind.RECOMMEND);
    assertThat(blocked.get(0).skip()).contains(SkipReason.FAILED_VERIFICATION_BEFORE);

    List<Decision> other =
        policy.decide(
            input(List.of(sameJobOther, metaspace), jobs, List.of(), Map.of(), failed, 0));
    assertThat(kinds(other)).containsExactly(Kind.START, Kind.START);

    List<Decision> reset =
        policy.decide(input(List.of(heapOom("orders")), jobs, List.of(), Map.of(), Set.of(), 0));
    assertThat(kinds(reset)).containsExactly(Kind.START);
  }

  @Test
  void decide_dryRun_onlyDryRunDecisions() {
    HealingPolicy dry = new HealingPolicy(HealingSettings.of(policy(true, Set.of(Tier.P0))));
    List<Decision> ds =
        dry.decide(
            input(
                List.of(heapOom("orders"), heapOom("pay")),
                List.of(job("orders", Tier.P1), job("pay", Tier.P0))));
    assertThat(kinds(ds)).containsExactly(Kind.DRY_RUN, Kind.DRY_RUN);
    assertThat(ds).allSatisfy(d -> assertThat(d.params().orElseThrow().dryRun()).isTrue());
    assertThat(ds.get(0).jobKey()).isEqualTo("pay"); // P0 first
    assertThat(ds.get(0).reason()).contains("would await approval");
    assertThat(ds.get(1).reason()).contains("would start");
  }

  @Test
  void decide_concurrencyLimited_p0First() {
    PolicySettings p =
        new PolicySettings(
            ALL, 2, 2, Duration.ofMinutes(30), 20, false, Set.of(), Duration.ofMinutes(10));
    HealingPolicy limited = new HealingPolicy(HealingSettings.of(p));
    List<DiagnosisInput> ds = List.of(heapOom("low"), heapOom("top"), heapOom("mid"));
    List<Decision> out =
        limited.decide(
            input(ds, List.of(job("low", Tier.P3), job("top", Tier.P0), job("mid", Tier.P1))));
    assertThat(out)
        .extracting(Decision::jobKey, Decision::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("top", Kind.START),
            org.assertj.core.groups.Tuple.tuple("mid", Kind.START),
            org.assertj.core.groups.Tuple.tuple("low", Kind.SKIP));
    assertThat(out.get(2).skip()).contains(SkipReason.CONCURRENCY_LIMIT);
  }

  @Test
  void decide_twoDiagnosesOneJob_oneWorkflow() {
    DiagnosisInput lost =
        diagnosis(
            "orders", "TASKMANAGER_LOST_OR_NETWORK", Side.PLATFORM, "RESTART_FROM_CHECKPOINT");
    List<Decision> ds =
        policy.decide(input(List.of(heapOom("orders"), lost), List.of(job("orders", Tier.P1))));
    assertThat(kinds(ds)).containsExactlyInAnyOrder(Kind.START, Kind.SKIP);
    assertThat(ds.stream().filter(d -> d.kind() == Kind.SKIP).findFirst().orElseThrow().skip())
        .contains(SkipReason.ALREADY_ACTIVE);
  }

  @Test
  void decide_observedJob_skipsAndRecommends() {
    JobContext observed = JobContext.observed("c1/legacy", "c1", "legacy", Tier.P1);
    DiagnosisInput lost =
        diagnosis(
            "c1/legacy", "TASKMANAGER_LOST_OR_NETWORK", Side.PLATFORM, "RESTART_FROM_CHECKPOINT");
    List<Decision> ds = policy.decide(input(List.of(lost), List.of(observed)));
    assertThat(kinds(ds)).containsExactly(Kind.SKIP, Kind.RECOMMEND);
    assertThat(ds.get(0).skip()).contains(SkipReason.OBSERVED_JOB);
  }

  @Test
  void decide_migrateWithoutTarget_cannotPlan() {
    JobContext noTarget = JobContext.managed("orders", "c1", Tier.P1, ALL, deployment());
    DiagnosisInput down =
        diagnosis("orders", "CLUSTER_DOWN", Side.PLATFORM, "MIGRATE_TO_HEALTHY_CLUSTER");
    List<Decision> ds = policy.decide(input(List.of(down), List.of(noTarget)));
    assertThat(kinds(ds)).containsExactly(Kind.SKIP, Kind.RECOMMEND);
    assertThat(ds.get(0).skip()).contains(SkipReason.CANNOT_PLAN);
    assertThat(ds.get(0).reason()).contains("healthy cluster");
  }

  @Test
  void decide_lowConfidence_skipsAndRecommends() {
    DiagnosisInput unsure =
        new DiagnosisInput(
            "orders",
            "OOM_HEAP",
            Side.USER,
            0.3,
            List.of("INCREASE_HEAP"),
            List.of(),
            Optional.empty());
    List<Decision> ds = policy.decide(input(List.of(unsure), List.of(job("orders", Tier.P1))));
    assertThat(kinds(ds)).containsExactly(Kind.SKIP, Kind.RECOMMEND);
    assertThat(ds.get(0).skip()).contains(SkipReason.LOW_CONFIDENCE);
  }
}
