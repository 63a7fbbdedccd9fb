package dev.flotilla.operator.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.PolicySettings;
import dev.flotilla.model.SettableClock;
import dev.flotilla.model.Side;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import dev.flotilla.operator.flink.FakeFlinkActions;
import dev.flotilla.operator.policy.Decision.Kind;
import dev.flotilla.operator.verify.EngineRollback;
import dev.flotilla.operator.verify.FixVerifier;
import dev.flotilla.operator.verify.Verdict;
import dev.flotilla.operator.verify.VerificationTracker;
import dev.flotilla.operator.workflow.Deployment;
import dev.flotilla.operator.workflow.EngineOptions;
import dev.flotilla.operator.workflow.StepListener;
import dev.flotilla.operator.workflow.WorkflowEngine;
import dev.flotilla.operator.workflow.WorkflowType;
import dev.flotilla.store.ActionMemoryRow;
import dev.flotilla.store.AuditEntry;
import dev.flotilla.store.Store;
import dev.flotilla.store.WorkflowState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop over a real SQLite store, the real engine and a fake Flink with clusters a and big. */
class HealingLoopTest {
  @TempDir Path dir;
  final SettableClock clock = new SettableClock(Instant.parse("2026-05-01T12:00:00Z"));
  final FakeFlinkActions flink = new FakeFlinkActions(clock, "a", "big");
  Store store;
  WorkflowEngine engine;
  HealingLoop loop;
  ApprovalQueue approvals;
  HealingSettings settings;
  VerificationTracker tracker;

  /** A loop as a freshly started Flotilla builds it over the same store. */
  private HealingLoop newLoop() {
    tracker =
        new VerificationTracker(
            new FixVerifier(Duration.ofMinutes(10), Duration.ofMinutes(3)),
            store.workflows(),
            store.actionMemory(),
            store.audit(),
            new EngineRollback(engine, Runnable::run),
            clock);
    return new HealingLoop(
        new HealingPolicy(settings),
        store.workflows(),
        store.actionMemory(),
        store.audit(),
        new EngineLauncher(engine, Runnable::run),
        approvals,
        tracker,
        HealingNotifier.none(),
        clock);
  }

  @BeforeEach
  void setUp() {
    store = Store.open("jdbc:sqlite:" + dir.resolve("h.db"), Optional.empty(), Optional.empty(), 1);
    engine =
        new WorkflowEngine(
            store,
            flink,
            clock,
            clock::advance,
            new EngineOptions("e1", Duration.ofSeconds(30), Duration.ofMillis(250)),
            StepListener.none());
    PolicySettings p =
        new PolicySettings(
            Fixtures.ALL,
            5,
            2,
            Duration.ofMinutes(30),
            20,
            false,
            Set.of(Tier.P0),
            Duration.ofMinutes(10));
    approvals = new ApprovalQueue(store.workflows(), store.approvals(), store.audit(), clock);
    settings = HealingSettings.of(p);
    loop = newLoop();
    flink.startJob("a", "orders", 2);
    flink.startJob("a", "pay", 2);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private static JobContext job(String key, Tier tier, SliState sli) {
    Deployment d =
        new Deployment("/jobs/app.jar", "com.example.App", List.of("--name", key), 2, Map.of());
    return JobContext.managed(key, "a", tier, Fixtures.ALL, d).withMemoryTarget("big").withSli(sli);
  }

  private static DiagnosisInput oom(String key) {
    return Fixtures.diagnosis(key, "OOM_HEAP", Side.USER, "INCREASE_HEAP");
  }

  private HealingReport cycle(List<DiagnosisInput> fresh, Set<String> labels, JobContext... jobs) {
    Map<String, JobContext> byKey = new java.util.HashMap<>();
    for (JobContext j : jobs) {
      byKey.put(j.jobKey(), j);
    }
    Map<String, Set<String>> current = new java.util.HashMap<>();
    for (JobContext j : jobs) {
      current.put(j.jobKey(), labels);
    }
    return loop.cycle(new CycleFacts(fresh, current, byKey, 0, List.of()));
  }

  /** One cycle per minute for {@code n} minutes with no new diagnosis. */
  private List<HealingReport> minutes(int n, Set<String> labels, JobContext job) {
    List<HealingReport> out = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      clock.advance(Duration.ofMinutes(1));
      out.add(cycle(List.of(), labels, job));
    }
    return out;
  }

  private List<AuditEntry> audit(String action) {
    return store
        .audit()
        .query(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.empty(), 1000)
        .stream()
        .filter(e -> e.action().equals(action))
        .toList();
  }

  @Test
  void cycle_heapOom_memoryFixRunsAndVerifies() {
    HealingReport r =
        cycle(
            List.of(oom("orders")),
            Set.of("OOM_HEAP"),
            job("orders", Tier.P1, SliState.RUNNING_ABNORMAL));
    assertThat(r.decisions()).extracting(Decision::kind).containsExactly(Kind.START);
    String id = r.started().get(0);
    assertThat(engine.status(id).orElseThrow().state()).isEqualTo("SUCCEEDED");
    assertThat(flink.activeCopies("orders")).extracting(j -> j.cluster).containsExactly("big");

    List<HealingReport> later =
        minutes(12, Set.of(), job("orders", Tier.P1, SliState.RUNNING_NORMAL));
    List<Verdict> verdicts =
        later.stream().flatMap(h -> h.verifications().stream()).map(v -> v.verdict()).toList();
    assertThat(verdicts).extracting(Verdict::outcome).containsExactly(Verdict.Outcome.SUCCEEDED);
    assertThat(store.actionMemory().list(Optional.empty())).isEmpty();
    assertThat(audit("healing.verify"))
        .extracting(AuditEntry::outcome)
        .containsExactly("SUCCEEDED");
    assertThat(audit("healing.start")).hasSize(1);
  }

  @Test
  void restartDuringVerification_resumedFromTheAuditLog_verdictStillGiven() {
    HealingReport r =
        cycle(
            List.of(oom("orders")),
            Set.of("OOM_HEAP"),
            job("orders", Tier.P1, SliState.RUNNING_ABNORMAL));
    String id = r.started().get(0);
    minutes(3, Set.of(), job("orders", Tier.P1, SliState.RUNNING_NORMAL));

    loop = newLoop(); // Flotilla restarted: the in-memory watch is gone
    clock.advance(Duration.ofMinutes(20)); // down longer than the window
    assertThat(tracker.resume(Duration.ofHours(1))).isEqualTo(1);
    assertThat(tracker.resume(Duration.ofHours(1))).as("already followed").isZero();

    List<HealingReport> later =
        minutes(12, Set.of(), job("orders", Tier.P1, SliState.RUNNING_NORMAL));
    var results = later.stream().flatMap(h -> h.verifications().stream()).toList();
    assertThat(results).hasSize(1);
    assertThat(results.get(0).workflowId()).isEqualTo(id);
    assertThat(results.get(0).verdict().outcome()).isEqualTo(Verdict.Outcome.SUCCEEDED);

    loop = newLoop(); // a second restart after the verdict: nothing left to follow
    assertThat(tracker.resume(Duration.ofHours(2))).isZero();
  }

  @Test
  void diagnosisBlockedByABusyJob_isTriedAgainWhileCurrent_andActsOnceTheJobIsFree() {
    String parked =
        approvals.park(
            new dev.flotilla.operator.workflow.WorkflowRequest(
                WorkflowType.SAVEPOINT,
                "orders",
                dev.flotilla.operator.workflow.WorkflowParams.of("a", "orders"),
                "alice",
                "a savepoint a human asked for"));
    HealingReport first =
        cycle(
            List.of(oom("orders")),
            Set.of("OOM_HEAP"),
            job("orders", Tier.P1, SliState.RUNNING_ABNORMAL));
    assertThat(first.decisions()).extracting(Decision::kind).containsExactly(Kind.SKIP);
    assertThat(first.decisions().get(0).skip()).contains(SkipReason.ALREADY_ACTIVE);

    clock.advance(Duration.ofMinutes(1));
    HealingReport stillBusy =
        cycle(List.of(), Set.of("OOM_HEAP"), job("orders", Tier.P1, SliState.RUNNING_ABNORMAL));
    assertThat(stillBusy.decisions()).as("waiting again is not audited again").isEmpty();
    assertThat(audit("healing.skip")).hasSize(1);

    assertThat(approvals.reject(parked, "bob", Optional.of("not now")))
        .isEqualTo(ApprovalQueue.Result.DONE);
    clock.advance(Duration.ofMinutes(1));
    HealingReport free =
        cycle(List.of(), Set.of("OOM_HEAP"), job("orders", Tier.P1, SliState.RUNNING_ABNORMAL));
    assertThat(free.decisions()).extracting(Decision::kind).containsExactly(Kind.START);
    assertThat(free.started()).hasSize(1);

    clock.advance(Duration.ofMinutes(1));
    assertThat(
            cycle(List.of(), Set.of(), job("orders", Tier.P1, SliState.RUNNING_NORMAL)).decisions())
        .isEmpty();
  }

  @Test
  void diagnosisBlockedByABusyJob_forgottenOnceTheLabelIsGone() {
    approvals.park(
        new dev.flotilla.operator.workflow.WorkflowRequest(
            WorkflowType.SAVEPOINT,
            "orders",
            dev.flotilla.operator.workflow.WorkflowParams.of("a", "orders"),
            "alice",
            "a savepoint a human asked for"));
    cycle(
        List.of(oom("orders")),
        Set.of("OOM_HEAP"),
        job("orders", Tier.P1, SliState.RUNNING_ABNORMAL));
    clock.advance(Duration.ofMinutes(1));
    cycle(List.of(), Set.of(), job("orders", Tier.P1, SliState.RUNNING_NORMAL)); // healed alone
    store.workflows().list(Optional.of("orders"), Optional.empty()).stream()
        .map(w -> w.id())
        .forEach(id -> approvals.reject(id, "bob", Optional.of("not needed")));
    clock.advance(Duration.ofMinutes(1));
    assertThat(
            cycle(List.of(), Set.of("OOM_HEAP"), job("orders", Tier.P1, SliState.RUNNING_NORMAL))
                .decisions())
        .as("the old diagnosis is not acted on once it disappeared")
        .isEmpty();
  }

  @Test
  void evacuationThatDoesNotVerify_isRememberedButNotMovedBackToTheBrokenCluster() {
    DiagnosisInput lost =
        Fixtures.diagnosis(
            "orders", "TASKMANAGER_LOST_OR_NETWORK", Side.PLATFORM, "MIGRATE_TO_HEALTHY_CLUSTER");
    JobContext j = job("orders", Tier.P1, SliState.NOT_RUNNING).withMigrationTarget("big");
    HealingReport r = cycle(List.of(lost), Set.of("TASKMANAGER_LOST_OR_NETWORK"), j);
    assertThat(r.decisions()).extracting(Decision::kind).containsExactly(Kind.START);
    assertThat(flink.activeCopies("orders")).extracting(c -> c.cluster).containsExactly("big");

    List<HealingReport> later =
        minutes(
            12,
            Set.of("TASKMANAGER_LOST_OR_NETWORK"),
            job("orders", Tier.P1, SliState.RUNNING_ABNORMAL).withMigrationTarget("big"));
    var results = later.stream().flatMap(h -> h.verifications().stream()).toList();
    assertThat(results).hasSize(1);
    assertThat(results.get(0).verdict().outcome()).isEqualTo(Verdict.Outcome.FAILED_VERIFICATION);
    assertThat(results.get(0).rollbackWorkflowId()).isEmpty();
    assertThat(flink.activeCopies("orders")).extracting(c -> c.cluster).containsExactly("big");
    assertThat(store.actionMemory().list(Optional.of("orders"))).hasSize(1);
  }

  @Test
  void manySimultaneousFailures_breakerPagesOnceAndStopsActions_thenActsWhenCalm() {
    JobContext orders = job("orders", Tier.P1, SliState.RUNNING_ABNORMAL);
    Map<String, Set<String>> labels = Map.of("orders", Set.of("OOM_HEAP"));
    HealingReport storm =
        loop.cycle(
            new CycleFacts(
                List.of(oom("orders")), labels, Map.of("orders", orders), 40, List.of()));
    assertThat(storm.decisions()).extracting(Decision::kind).contains(Kind.PAGE, Kind.SKIP);
    assertThat(storm.decisions()).extracting(Decision::kind).doesNotContain(Kind.START);
    assertThat(storm.started()).isEmpty();
    assertThat(flink.mutations()).isEmpty();

    clock.advance(Duration.ofMinutes(1));
    HealingReport still =
        loop.cycle(new CycleFacts(List.of(), labels, Map.of("orders", orders), 40, List.of()));
    assertThat(still.started()).isEmpty();
    assertThat(audit("healing.page")).as("paged once, not every cycle").hasSize(1);

    List<String> startedWhenCalm = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) { // the breaker closes after calm cycles
      clock.advance(Duration.ofMinutes(1));
      startedWhenCalm.addAll(
          loop.cycle(new CycleFacts(List.of(), labels, Map.of("orders", orders), 0, List.of()))
              .started());
    }
    assertThat(startedWhenCalm)
        .as("the diagnosis that waited out the incident is acted on once")
        .hasSize(1);
  }

  @Test
  void cycle_fixDoesNotVerify_rollsBackRemembersAndBlocksUntilReset() {
    HealingReport r =
        cycle(
            List.of(oom("orders")),
            Set.of("OOM_HEAP"),
            job("orders", Tier.P1, SliState.RUNNING_ABNORMAL));
    String id = r.started().get(0);

    List<HealingReport> later =
        minutes(12, Set.of("OOM_HEAP"), job("orders", Tier.P1, SliState.RUNNING_ABNORMAL));
    var results = later.stream().flatMap(h -> h.verifications().stream()).toList();
    assertThat(results).hasSize(1);
    assertThat(results.get(0).verdict().outcome()).isEqualTo(Verdict.Outcome.FAILED_VERIFICATION);
    String undo = results.get(0).rollbackWorkflowId().orElseThrow();
    assertThat(engine.status(undo).orElseThrow().type()).isEqualTo(WorkflowType.MIGRATE);
    assertThat(engine.status(undo).orElseThrow().state()).isEqualTo("SUCCEEDED");
    assertThat(flink.activeCopies("orders")).extracting(j -> j.cluster).containsExactly("a");
    assertThat(store.actionMemory().list(Optional.of("orders")))
        .extracting(ActionMemoryRow::label, ActionMemoryRow::action, ActionMemoryRow::workflowId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("OOM_HEAP", "MEMORY_FIX", id));

    clock.advance(Duration.ofHours(1)); // past the cooldown
    HealingReport again =
        cycle(
            List.of(oom("orders")),
            Set.of("OOM_HEAP"),
            job("orders", Tier.P1, SliState.RUNNING_ABNORMAL));
    assertThat(again.decisions())
        .extracting(Decision::kind)
        .containsExactly(Kind.SKIP, Kind.RECOMMEND);
    assertThat(again.decisions().get(0).skip()).contains(SkipReason.FAILED_VERIFICATION_BEFORE);

    assertThat(store.actionMemory().reset("orders", Optional.of("OOM_HEAP"))).isEqualTo(1);
    HealingReport afterReset =
        cycle(
            List.of(oom("orders")),
            Set.of("OOM_HEAP"),
            job("orders", Tier.P1, SliState.RUNNING_ABNORMAL));
    assertThat(afterReset.decisions()).extracting(Decision::kind).containsExactly(Kind.START);
  }

  @Test
  void cycle_p0_parksForApproval_runsOnlyAfterApprove() {
    HealingReport r =
        cycle(
            List.of(oom("pay")),
            Set.of("OOM_HEAP"),
            job("pay", Tier.P0, SliState.RUNNING_ABNORMAL));
    assertThat(r.decisions()).extracting(Decision::kind).containsExactly(Kind.AWAIT_APPROVAL);
    String id = r.started().get(0);
    assertThat(store.workflows().get(id).orElseThrow().state())
        .isEqualTo(WorkflowState.AWAITING_APPROVAL);
    clock.advance(Duration.ofHours(2));
    assertThat(engine.resumeAbandoned()).isEmpty();
    assertThat(flink.activeCopies("pay")).extracting(j -> j.cluster).containsExactly("a");

    HealingReport busy =
        cycle(
            List.of(oom("pay")),
            Set.of("OOM_HEAP"),
            job("pay", Tier.P0, SliState.RUNNING_ABNORMAL));
    assertThat(busy.decisions().get(0).skip()).contains(SkipReason.ALREADY_ACTIVE);

    assertThat(approvals.approve(id, "alice", Optional.of("go")))
        .isEqualTo(ApprovalQueue.Result.DONE);
    assertThat(approvals.approve(id, "bob", Optional.empty()))
        .isEqualTo(ApprovalQueue.Result.NOT_AWAITING);
    assertThat(engine.resumeAbandoned()).containsExactly(id);
    assertThat(engine.status(id).orElseThrow().state()).isEqualTo("SUCCEEDED");
    assertThat(flink.activeCopies("pay")).extracting(j -> j.cluster).containsExactly("big");
    assertThat(audit("workflow.approve"))
        .extracting(AuditEntry::actor, AuditEntry::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("alice", "OK"),
            org.assertj.core.groups.Tuple.tuple("bob", "CONFLICT"));
  }

  @Test
  void releaseApproved_approvedThroughStoreDirectly_isHandedToEngine() {
    HealingReport r =
        cycle(
            List.of(oom("pay")),
            Set.of("OOM_HEAP"),
            job("pay", Tier.P0, SliState.RUNNING_ABNORMAL));
    String id = r.started().get(0);
    assertThat(store.approvals().decide(id, WorkflowState.PENDING, clock.instant())).isTrue();
    assertThat(engine.resumeAbandoned()).isEmpty(); // still parked
    assertThat(approvals.releaseApproved()).containsExactly(id);
    assertThat(engine.resumeAbandoned()).containsExactly(id);
  }

  @Test
  void reject_cancelsAndAuditsActor() {
    HealingReport r =
        cycle(
            List.of(oom("pay")),
            Set.of("OOM_HEAP"),
            job("pay", Tier.P0, SliState.RUNNING_ABNORMAL));
    String id = r.started().get(0);
    assertThat(approvals.reject(id, "carol", Optional.of("not now")))
        .isEqualTo(ApprovalQueue.Result.DONE);
    assertThat(store.workflows().get(id).orElseThrow().state()).isEqualTo(WorkflowState.CANCELLED);
    assertThat(audit("workflow.reject")).extracting(AuditEntry::actor).containsExactly("carol");
    assertThat(audit("workflow.reject").get(0).detailsJson()).contains("not now");
    assertThat(approvals.reject("wf-nope", "carol", Optional.empty()))
        .isEqualTo(ApprovalQueue.Result.NOT_FOUND);
  }

  @Test
  void cycle_userBug_onlyRecommendationAudited_noWorkflow() {
    DiagnosisInput bug =
        Fixtures.diagnosis(
            "orders", "USER_CODE_EXCEPTION", Side.USER, "FIX_USER_CODE", "RESTART_FROM_CHECKPOINT");
    HealingReport r =
        cycle(
            List.of(bug),
            Set.of("USER_CODE_EXCEPTION"),
            job("orders", Tier.P1, SliState.NOT_RUNNING));
    assertThat(r.started()).isEmpty();
    assertThat(store.workflows().list(Optional.empty(), Optional.empty())).isEmpty();
    assertThat(audit("healing.recommend")).hasSize(1);
    assertThat(audit("healing.recommend").get(0).detailsJson()).contains("FIX_USER_CODE");
  }
}
