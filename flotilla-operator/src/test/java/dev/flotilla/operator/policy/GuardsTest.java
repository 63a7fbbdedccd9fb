package dev.flotilla.operator.policy;

import static dev.flotilla.operator.policy.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.AutoAction;
import dev.flotilla.model.Side;
import dev.flotilla.model.Tier;
import dev.flotilla.operator.workflow.WorkflowType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuardsTest {
  private final JobContext job = job("orders", Tier.P1);
  private final DiagnosisInput oom = heapOom("orders");
  private final Candidate c = candidate(job, oom);

  private static Optional<SkipReason> reason(Guard g, Candidate c, PolicyInput in) {
    return g.check(c, state(in)).map(Block::reason);
  }

  @Test
  void observedJobGuard_unmanagedJob_blocks() {
    JobContext observed = JobContext.observed("c1/x", "c1", "x", Tier.P1);
    PolicyInput in = input(List.of(), List.of(observed));
    assertThat(reason(new ObservedJobGuard(), candidate(observed, heapOom("c1/x")), in))
        .contains(SkipReason.OBSERVED_JOB);
    assertThat(reason(new ObservedJobGuard(), c, in)).isEmpty();
  }

  @Test
  void allowedActionGuard_actionNotAllowed_blocksNamingAllowedOnes() {
    JobContext onlyRestart =
        JobContext.managed("orders", "c1", Tier.P1, Set.of(AutoAction.RESTART), deployment());
    Optional<Block> b =
        new AllowedActionGuard()
            .check(candidate(onlyRestart, oom), state(input(List.of(), List.of())));
    assertThat(b).map(Block::reason).contains(SkipReason.NOT_ALLOWED_BY_POLICY);
    assertThat(b.get().why()).contains("memory-fix").contains("[restart]");
    assertThat(reason(new AllowedActionGuard(), c, input(List.of(), List.of()))).isEmpty();
  }

  @Test
  void confidenceGuard_belowMinimum_blocks() {
    DiagnosisInput unsure =
        new DiagnosisInput(
            "orders",
            "OOM_HEAP",
            Side.USER,
            0.4,
            List.of("INCREASE_HEAP"),
            List.of(),
            Optional.empty());
    assertThat(
            reason(new ConfidenceGuard(0.6), candidate(job, unsure), input(List.of(), List.of())))
        .contains(SkipReason.LOW_CONFIDENCE);
    assertThat(reason(new ConfidenceGuard(0.6), c, input(List.of(), List.of()))).isEmpty();
  }

  @Test
  void oneWorkflowPerJobGuard_activeWorkflowOrHeldThisCycle_blocks() {
    PolicyInput busy =
        input(
            List.of(),
            List.of(job),
            List.of(new ActiveWorkflow("wf-1", "orders", "c1", true)),
            Map.of(),
            Set.of(),
            0);
    assertThat(reason(new OneWorkflowPerJobGuard(), c, busy)).contains(SkipReason.ALREADY_ACTIVE);
    CycleState s = state(input(List.of(), List.of(job)));
    assertThat(new OneWorkflowPerJobGuard().check(c, s)).isEmpty();
    s.hold("orders", "c1", false);
    assertThat(new OneWorkflowPerJobGuard().check(c, s)).isPresent();
  }

  @Test
  void cooldownGuard_recentAction_blocksUntilCooldownPassed() {
    CooldownGuard g = new CooldownGuard(Duration.ofMinutes(30));
    Instant recent = NOW.minus(Duration.ofMinutes(29));
    Instant old = NOW.minus(Duration.ofMinutes(30));
    assertThat(
            reason(
                g,
                c,
                input(List.of(), List.of(), List.of(), Map.of("orders", recent), Set.of(), 0)))
        .contains(SkipReason.COOLDOWN);
    assertThat(
            reason(
                g, c, input(List.of(), List.of(), List.of(), Map.of("orders", old), Set.of(), 0)))
        .isEmpty();
    assertThat(reason(g, c, input(List.of(), List.of()))).isEmpty();
  }

  @Test
  void failedActionMemory_sameDiagnosisBlocked_otherDiagnosisNot() {
    Set<FailedAction> failed =
        Set.of(new FailedAction("orders", "OOM_HEAP", WorkflowType.MEMORY_FIX));
    PolicyInput in = input(List.of(), List.of(), List.of(), Map.of(), failed, 0);
    assertThat(reason(new FailedActionMemory(), c, in))
        .contains(SkipReason.FAILED_VERIFICATION_BEFORE);
    DiagnosisInput metaspace =
        diagnosis("orders", "OOM_METASPACE", Side.USER, "INCREASE_METASPACE");
    assertThat(reason(new FailedActionMemory(), candidate(job, metaspace), in)).isEmpty();
  }

  @Test
  void concurrencyGuard_fleetAndClusterLimits() {
    ConcurrencyGuard g = new ConcurrencyGuard(3, 2);
    List<ActiveWorkflow> twoOnC1 =
        List.of(
            new ActiveWorkflow("a", "j1", "c1", true), new ActiveWorkflow("b", "j2", "c1", true));
    assertThat(reason(g, c, input(List.of(), List.of(), twoOnC1, Map.of(), Set.of(), 0)))
        .contains(SkipReason.CONCURRENCY_LIMIT);
    JobContext onC3 = JobContext.managed("x", "c3", Tier.P1, ALL, deployment());
    assertThat(
            reason(
                g,
                candidate(onC3, heapOom("x")),
                input(List.of(), List.of(), twoOnC1, Map.of(), Set.of(), 0)))
        .isEmpty();
    List<ActiveWorkflow> three =
        List.of(
            new ActiveWorkflow("a", "j1", "c1", true),
            new ActiveWorkflow("b", "j2", "c2", true),
            new ActiveWorkflow("c", "j3", "c4", true));
    assertThat(
            reason(
                g,
                candidate(onC3, heapOom("x")),
                input(List.of(), List.of(), three, Map.of(), Set.of(), 0)))
        .contains(SkipReason.CONCURRENCY_LIMIT);
    List<ActiveWorkflow> awaiting =
        List.of(
            new ActiveWorkflow("a", "j1", "c1", false), new ActiveWorkflow("b", "j2", "c1", false));
    assertThat(reason(g, c, input(List.of(), List.of(), awaiting, Map.of(), Set.of(), 0)))
        .isEmpty();
  }

  @Test
  void approvalGuard_approvalTierOnly() {
    ApprovalGuard g = new ApprovalGuard(policy(false, Set.of(Tier.P0)));
    assertThat(g.requiresApproval(candidate(job("p0", Tier.P0), heapOom("p0")))).isTrue();
    assertThat(g.requiresApproval(c)).isFalse();
  }
}
