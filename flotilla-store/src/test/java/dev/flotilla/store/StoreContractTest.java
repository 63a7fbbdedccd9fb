package dev.flotilla.store;

import static dev.flotilla.store.Rows.T0;
import static dev.flotilla.store.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flotilla.model.JobState;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every store must show, whatever the database. Subclasses name one database per test
 * class; each test starts from empty tables.
 */
abstract class StoreContractTest {

  protected Store store;

  /** JDBC URL of this class's database. */
  protected abstract String url();

  protected Optional<String> user() {
    return Optional.empty();
  }

  protected Store openStore() {
    return Store.open(url(), user(), Optional.empty(), 4);
  }

  @BeforeEach
  void openAndWipe() throws SQLException {
    store = openStore();
    try (Connection c = DriverManager.getConnection(url(), user().orElse(null), null);
        Statement s = c.createStatement()) {
      for (String table :
          List.of(
              "workflow_step",
              "workflow",
              "audit_log",
              "diagnosis",
              "sli_watermark",
              "sli_interval",
              "last_good_checkpoint",
              "job_state",
              "notification_state",
              "cluster_state")) {
        s.executeUpdate("DELETE FROM " + table);
      }
    }
    store.close();
    store = openStore();
    store.clusters().upsert(Rows.cluster("east-a"));
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void open_twice_appliesNoMigrationAndKeepsData() {
    store.audit().append(new AuditEntry(T0, "alice", "restart", "orders", "{}", "OK"));
    store.close();
    store = openStore();
    assertThat(store.migrationsApplied()).isZero();
    assertThat(store.audit().query(T0, minute(1), Optional.empty(), 10)).hasSize(1);
  }

  @Test
  void reopen_afterClose_keepsEveryKindOfRow() {
    store.jobs().upsertAll(List.of(Rows.job("orders")));
    store.jobs().recordLastGoodCheckpoint("orders", "file:///ckp/orders/chk-7", minute(1));
    store
        .sli()
        .saveIntervalChanges(
            List.of(Rows.open("orders", 1, SliState.SCHEDULING)), List.of(), minute(1));
    store.diagnoses().append(List.of(Rows.diagnosis("orders", 1, "OOM_HEAP")));
    store.workflows().create(Rows.workflow("wf-1", "orders", "node-a", minute(5)));
    store.close();

    store = openStore();
    assertThat(store.clusters().get("east-a")).contains(Rows.cluster("east-a"));
    assertThat(store.jobs().get("orders")).contains(Rows.job("orders"));
    assertThat(store.jobs().lastGoodCheckpoint("orders").orElseThrow().path())
        .isEqualTo("file:///ckp/orders/chk-7");
    assertThat(store.sli().openIntervals())
        .extracting(SliIntervalRow::interval)
        .containsExactly(Rows.open("orders", 1, SliState.SCHEDULING));
    assertThat(store.sli().watermark()).contains(minute(1));
    assertThat(store.diagnoses().latest("orders").orElseThrow().label()).isEqualTo("OOM_HEAP");
    assertThat(store.workflows().get("wf-1"))
        .contains(Rows.workflow("wf-1", "orders", "node-a", minute(5)));
  }

  @Test
  void clusters_upsert_replacesAndListsByName() {
    store.clusters().upsert(Rows.cluster("west-b"));
    ClusterRow down =
        ClusterRow.class.cast(
            new ClusterRow(
                "east-a",
                "http://127.0.0.1:8081",
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.of("connection refused"),
                minute(2),
                java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty()));
    store.clusters().upsert(down);
    assertThat(store.clusters().list()).containsExactly(down, Rows.cluster("west-b"));
  }

  @Test
  void upsertAll_unchangedRows_writeNothing() {
    List<JobRow> fleet = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      fleet.add(Rows.job("job-" + i));
    }
    assertThat(store.jobs().upsertAll(fleet)).isEqualTo(50);

    List<JobRow> later = fleet.stream().map(j -> j.withObservedAt(minute(1))).toList();
    assertThat(store.jobs().upsertAll(later)).isZero();

    List<JobRow> twoChanged = new ArrayList<>(later);
    twoChanged.set(3, later.get(3).withState(JobState.RESTARTING));
    twoChanged.set(40, later.get(40).withState(JobState.FAILED));
    assertThat(store.jobs().upsertAll(twoChanged)).isEqualTo(2);
    assertThat(store.jobs().get("job-3").orElseThrow().state()).isEqualTo(JobState.RESTARTING);
    assertThat(store.jobs().get("job-3").orElseThrow().observedAt()).isEqualTo(minute(1));
    assertThat(store.jobs().get("job-4").orElseThrow().observedAt()).isEqualTo(T0);
  }

  @Test
  void upsertAll_afterRestart_databaseSkipsUnchangedRows() {
    List<JobRow> fleet = List.of(Rows.job("a"), Rows.job("b"), Rows.job("c"));
    store.jobs().upsertAll(fleet);
    store.close();
    store = openStore();

    List<JobRow> next = new ArrayList<>(fleet);
    next.set(1, fleet.get(1).withState(JobState.FAILING));
    assertThat(store.jobs().upsertAll(next)).isEqualTo(1);
    assertThat(store.jobs().get("b").orElseThrow().state()).isEqualTo(JobState.FAILING);
  }

  @Test
  void upsertAll_invalidRowInMiddle_writesNothing() {
    store.jobs().upsertAll(List.of(Rows.job("j0")));
    List<JobRow> batch =
        List.of(
            Rows.job("j0").withState(JobState.FAILED),
            Rows.job("j1"),
            Rows.job("j2", "no-such-cluster", Tier.P0, "team-a", JobState.RUNNING),
            Rows.job("j3"));

    assertThatThrownBy(() -> store.jobs().upsertAll(batch))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("nothing written");
    assertThat(store.jobs().list(JobFilter.all())).containsExactly(Rows.job("j0"));

    List<JobRow> fixed = List.of(batch.get(0), batch.get(1), batch.get(3));
    assertThat(store.jobs().upsertAll(fixed)).isEqualTo(3);
  }

  @Test
  void list_filters_combineWithAnd() {
    store.clusters().upsert(Rows.cluster("west-b"));
    store
        .jobs()
        .upsertAll(
            List.of(
                Rows.job("a", "east-a", Tier.P0, "team-a", JobState.RUNNING),
                Rows.job("b", "east-a", Tier.P1, "team-b", JobState.FAILED),
                Rows.job("c", "west-b", Tier.P0, "team-a", JobState.FAILED),
                Rows.job("d", "west-b", Tier.P0, "team-b", JobState.RUNNING)));
    JobStore jobs = store.jobs();
    assertThat(keys(jobs.list(JobFilter.all()))).containsExactly("a", "b", "c", "d");
    assertThat(keys(jobs.list(JobFilter.all().cluster("west-b")))).containsExactly("c", "d");
    assertThat(keys(jobs.list(JobFilter.all().state(JobState.FAILED)))).containsExactly("b", "c");
    assertThat(keys(jobs.list(JobFilter.all().tier(Tier.P0).owner("team-b")))).containsExactly("d");
    assertThat(
            keys(jobs.list(JobFilter.all().cluster("east-a").tier(Tier.P0).state(JobState.FAILED))))
        .isEmpty();
  }

  @Test
  void lastGoodCheckpoint_recordedTwice_keepsNewest() {
    assertThat(store.jobs().lastGoodCheckpoint("orders")).isEmpty();
    store.jobs().recordLastGoodCheckpoint("orders", "file:///ckp/chk-1", minute(1));
    store.jobs().recordLastGoodCheckpoint("orders", "file:///ckp/chk-2", minute(2));
    assertThat(store.jobs().lastGoodCheckpoint("orders"))
        .contains(new CheckpointRef("orders", "file:///ckp/chk-2", minute(2)));
  }

  private static List<String> keys(List<JobRow> rows) {
    return rows.stream().map(JobRow::jobKey).toList();
  }

  @Test
  void saveIntervalChanges_openThenClose_movesWatermarkWithIntervals() {
    SliInterval opened = Rows.open("orders", 3, SliState.NOT_RUNNING);
    store.sli().saveIntervalChanges(List.of(opened), List.of(), minute(3));
    List<SliIntervalRow> open = store.sli().openIntervals();
    assertThat(open).extracting(SliIntervalRow::interval).containsExactly(opened);
    long id = open.get(0).id();

    store.sli().saveIntervalChanges(List.of(), List.of(opened.closedAt(minute(7))), minute(7));
    assertThat(store.sli().openIntervals()).isEmpty();
    assertThat(store.sli().watermark()).contains(minute(7));
    List<SliIntervalRow> all = store.sli().intervals(minute(0), minute(60), Optional.empty());
    assertThat(all).containsExactly(new SliIntervalRow(id, opened.closedAt(minute(7))));
    assertThat(all.get(0).interval().minutes(minute(60))).isEqualTo(4);
  }

  @Test
  void saveIntervalChanges_closingUnknownInterval_rollsBackEverything() {
    SliInterval a = Rows.open("a", 1, SliState.SCHEDULING);
    store.sli().saveIntervalChanges(List.of(a), List.of(), minute(1));

    SliInterval b = Rows.open("b", 2, SliState.NOT_RUNNING);
    SliInterval neverOpened = Rows.open("ghost", 0, SliState.NOT_RUNNING).closedAt(minute(2));
    assertThatThrownBy(
            () ->
                store
                    .sli()
                    .saveIntervalChanges(
                        List.of(b), List.of(a.closedAt(minute(2)), neverOpened), minute(2)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("ghost");

    assertThat(store.sli().watermark()).contains(minute(1));
    assertThat(store.sli().openIntervals()).extracting(SliIntervalRow::interval).containsExactly(a);
  }

  @Test
  void saveIntervalChanges_duplicateOpen_rollsBackWatermark() {
    SliInterval a = Rows.open("a", 1, SliState.SCHEDULING);
    store.sli().saveIntervalChanges(List.of(a), List.of(), minute(1));
    assertThatThrownBy(() -> store.sli().saveIntervalChanges(List.of(a), List.of(), minute(2)))
        .isInstanceOf(StoreException.class);
    assertThat(store.sli().watermark()).contains(minute(1));
    assertThat(store.sli().openIntervals()).hasSize(1);
  }

  @Test
  void saveIntervalChanges_watermarkBackwards_isRejected() {
    store.sli().saveIntervalChanges(List.of(), List.of(), minute(5));
    assertThatThrownBy(
            () ->
                store
                    .sli()
                    .saveIntervalChanges(
                        List.of(Rows.open("a", 1, SliState.SCHEDULING)), List.of(), minute(4)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("may not move back");
    assertThat(store.sli().openIntervals()).isEmpty();
    assertThat(store.sli().watermark()).contains(minute(5));
  }

  @Test
  void saveIntervalChanges_openedAndClosedInOneSave_storesClosedInterval() {
    SliInterval blip = Rows.open("a", 1, SliState.SCHEDULING);
    store.sli().saveIntervalChanges(List.of(blip), List.of(blip.closedAt(minute(2))), minute(2));
    assertThat(store.sli().openIntervals()).isEmpty();
    assertThat(store.sli().intervals(minute(0), minute(9), Optional.of("a")))
        .extracting(SliIntervalRow::interval)
        .containsExactly(blip.closedAt(minute(2)));
  }

  @Test
  void intervals_range_returnsOnlyOverlapping() {
    SliInterval before = Rows.open("a", 0, SliState.SCHEDULING).closedAt(minute(10));
    SliInterval straddling = Rows.open("b", 5, SliState.NOT_RUNNING).closedAt(minute(15));
    SliInterval inside = Rows.open("a", 12, SliState.RUNNING_ABNORMAL).closedAt(minute(14));
    SliInterval stillOpen = Rows.open("c", 18, SliState.NOT_RUNNING);
    SliInterval after = Rows.open("d", 20, SliState.SCHEDULING).closedAt(minute(25));
    store
        .sli()
        .saveIntervalChanges(
            List.of(before, straddling, inside, stillOpen, after),
            List.of(before, straddling, inside, after),
            minute(25));

    assertThat(store.sli().intervals(minute(10), minute(20), Optional.empty()))
        .extracting(SliIntervalRow::interval)
        .containsExactly(straddling, inside, stillOpen);
    assertThat(store.sli().intervals(minute(10), minute(20), Optional.of("a")))
        .extracting(SliIntervalRow::interval)
        .containsExactly(inside);
    assertThat(store.sli().intervals(minute(30), minute(40), Optional.empty()))
        .extracting(SliIntervalRow::interval)
        .containsExactly(stillOpen);
  }

  @Test
  void diagnoses_latestAndList_orderByTime() {
    store
        .diagnoses()
        .append(
            List.of(
                Rows.diagnosis("a", 1, "OOM_HEAP"),
                Rows.diagnosis("a", 5, "DATA_SKEW"),
                Rows.diagnosis("b", 3, "CONFIG_ERROR"),
                Rows.diagnosis("a", 3, "SERIALIZATION")));
    assertThat(store.diagnoses().latest("a").orElseThrow().label()).isEqualTo("DATA_SKEW");
    assertThat(store.diagnoses().latest("zzz")).isEmpty();
    assertThat(store.diagnoses().latestPerJob())
        .extracting(DiagnosisRow::label)
        .containsExactly("DATA_SKEW", "CONFIG_ERROR");
    assertThat(store.diagnoses().list("a", minute(1), minute(5)))
        .extracting(DiagnosisRow::label)
        .containsExactly("OOM_HEAP", "SERIALIZATION");
    assertThat(store.diagnoses().list("a", minute(0), minute(9)).get(0))
        .isEqualTo(Rows.diagnosis("a", 1, "OOM_HEAP"));
  }

  @Test
  void steps_intentThenResult_inOrder() {
    WorkflowStore wf = store.workflows();
    wf.create(Rows.workflow("wf-1", "orders", "node-a", minute(5)));
    wf.appendStepIntent("wf-1", "node-a", 0, "savepoint", "{\"target\":\"file:///sp\"}", minute(1));
    assertThatThrownBy(() -> wf.appendStepIntent("wf-1", "node-a", 1, "cancel", "{}", minute(1)))
        .hasMessageContaining("cannot start before step 0 has a result");
    wf.markStepRunning("wf-1", "node-a", 0, minute(1));
    wf.recordStepResult("wf-1", "node-a", 0, StepState.DONE, minute(2), "{\"path\":\"sp-1\"}");
    assertThatThrownBy(
            () -> wf.recordStepResult("wf-1", "node-a", 0, StepState.FAILED, minute(2), "{}"))
        .hasMessageContaining("no unfinished intent");
    assertThatThrownBy(() -> wf.appendStepIntent("wf-1", "node-a", 3, "cancel", "{}", minute(2)))
        .hasMessageContaining("out of order");
    wf.appendStepIntent("wf-1", "node-a", 1, "cancel", "{}", minute(3));

    List<WorkflowStepRow> steps = wf.steps("wf-1");
    assertThat(steps).extracting(WorkflowStepRow::name).containsExactly("savepoint", "cancel");
    assertThat(steps.get(0).state()).isEqualTo(StepState.DONE);
    assertThat(steps.get(0).startedAt()).contains(minute(1));
    assertThat(steps.get(0).endedAt()).contains(minute(2));
    assertThat(steps.get(0).resultJson()).contains("{\"path\":\"sp-1\"}");
    assertThat(steps.get(1).state()).isEqualTo(StepState.PENDING);
    assertThat(steps.get(1).resultJson()).isEmpty();
  }

  @Test
  void claimAbandoned_twoOwnersRacing_onlyOneWins() throws Exception {
    store.workflows().create(Rows.workflow("wf-1", "orders", "dead-node", minute(1)));
    store.workflows().create(Rows.workflow("wf-2", "payments", "live-node", minute(30)));
    try (Store other = openStore()) {
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Callable<Optional<WorkflowRow>> a =
            () -> {
              go.await();
              return store.workflows().claimAbandoned(minute(2), "node-a", minute(12));
            };
        Callable<Optional<WorkflowRow>> b =
            () -> {
              go.await();
              return other.workflows().claimAbandoned(minute(2), "node-b", minute(12));
            };
        Future<Optional<WorkflowRow>> fa = pool.submit(a);
        Future<Optional<WorkflowRow>> fb = pool.submit(b);
        go.countDown();
        Optional<WorkflowRow> ra = fa.get();
        Optional<WorkflowRow> rb = fb.get();
        assertThat(ra.isPresent() ^ rb.isPresent()).as("exactly one claim wins").isTrue();
        String winner = ra.or(() -> rb).orElseThrow().leaseOwner();
        assertThat(store.workflows().get("wf-1").orElseThrow().leaseOwner()).isEqualTo(winner);
        assertThat(store.workflows().get("wf-2").orElseThrow().leaseOwner()).isEqualTo("live-node");
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void leaseLost_oldOwnerCannotWrite() {
    WorkflowStore wf = store.workflows();
    wf.create(Rows.workflow("wf-1", "orders", "node-a", minute(1)));
    assertThat(wf.heartbeat("wf-1", "node-a", minute(2))).isTrue();
    assertThat(wf.claimAbandoned(minute(3), "node-b", minute(10))).isPresent();
    assertThat(wf.heartbeat("wf-1", "node-a", minute(4))).isFalse();
    assertThat(wf.updateState("wf-1", "node-a", WorkflowState.FAILED, minute(4))).isFalse();
    assertThatThrownBy(() -> wf.appendStepIntent("wf-1", "node-a", 0, "cancel", "{}", minute(4)))
        .hasMessageContaining("not leased to node-a");
    assertThat(wf.claimAbandoned(minute(4), "node-c", minute(10))).isEmpty();
    assertThat(wf.updateState("wf-1", "node-b", WorkflowState.SUCCEEDED, minute(5))).isTrue();
    assertThat(wf.get("wf-1").orElseThrow().state()).isEqualTo(WorkflowState.SUCCEEDED);
  }

  @Test
  void hasActiveWorkflow_followsState() {
    WorkflowStore wf = store.workflows();
    assertThat(wf.hasActiveWorkflow("orders")).isFalse();
    wf.create(Rows.workflow("wf-1", "orders", "node-a", minute(10)));
    wf.create(Rows.workflow("wf-2", "payments", "node-a", minute(10)));
    assertThat(wf.hasActiveWorkflow("orders")).isTrue();
    wf.updateState("wf-1", "node-a", WorkflowState.ROLLED_BACK, minute(2));
    assertThat(wf.hasActiveWorkflow("orders")).isFalse();
    assertThat(wf.list(Optional.of("orders"), Optional.empty()))
        .extracting(WorkflowRow::id)
        .containsExactly("wf-1");
    assertThat(wf.list(Optional.empty(), Optional.of(WorkflowState.RUNNING)))
        .extracting(WorkflowRow::id)
        .containsExactly("wf-2");
    assertThat(wf.claimAbandoned(minute(20), "node-b", minute(30)).orElseThrow().id())
        .as("a finished workflow is never claimed")
        .isEqualTo("wf-2");
  }

  @Test
  void secondActiveWorkflowOfAJob_refusedByTheDatabase_evenFromAnotherProcess() {
    WorkflowStore wf = store.workflows();
    wf.create(Rows.workflow("wf-1", "orders", "node-a", minute(10)));
    try (Store other = openStore()) { // a second Flotilla process on the same database
      assertThatThrownBy(
              () -> other.workflows().create(Rows.workflow("wf-2", "orders", "node-b", minute(10))))
          .isInstanceOf(ActiveWorkflowExistsException.class)
          .hasMessageContaining("job orders already has an active workflow");
      assertThat(other.workflows().get("wf-2")).isEmpty();
      other.workflows().create(Rows.workflow("wf-3", "payments", "node-b", minute(10)));
    }
    wf.updateState("wf-1", "node-a", WorkflowState.SUCCEEDED, minute(2));
    wf.create(Rows.workflow("wf-4", "orders", "node-a", minute(10)));
    assertThat(wf.list(Optional.of("orders"), Optional.empty()))
        .extracting(WorkflowRow::id)
        .containsExactly("wf-1", "wf-4");
    assertThatThrownBy(() -> wf.create(Rows.workflow("wf-4", "other", "node-a", minute(10))))
        .as("a duplicate id is not a conflict of jobs")
        .isNotInstanceOf(ActiveWorkflowExistsException.class);
  }

  @Test
  void notificationState_upsertRemindersOpenAndPrune() {
    NotificationStateStore n = store.notifications();
    NotificationRow open =
        new NotificationRow(
            "oncall",
            "orders@2026-11-24T10:00:00Z",
            "INTERVAL_OPENED",
            Optional.of("cluster:east-a"),
            "orders",
            "east-a",
            "WARNING",
            "orders NOT_RUNNING",
            "f1",
            minute(1),
            0,
            Optional.of(minute(31)),
            Optional.empty());
    NotificationRow incident =
        new NotificationRow(
            "oncall",
            "inc-1",
            "INCIDENT_OPENED",
            Optional.empty(),
            "",
            "",
            "CRITICAL",
            "incident",
            "f2",
            minute(2),
            1,
            Optional.empty(),
            Optional.empty());
    n.save(open);
    n.save(incident);
    assertThat(n.find("oncall", open.key())).contains(open);
    assertThat(n.find("other", open.key())).isEmpty();
    assertThat(n.remindersDue("oncall", minute(30))).isEmpty();
    assertThat(n.remindersDue("oncall", minute(31))).containsExactly(open);
    assertThat(n.open("INCIDENT_OPENED")).containsExactly(incident);

    NotificationRow closed =
        new NotificationRow(
            open.channel(),
            open.key(),
            open.kind(),
            open.groupKey(),
            open.jobKey(),
            open.cluster(),
            open.severity(),
            open.title(),
            "f3",
            open.openedAt(),
            1,
            Optional.empty(),
            Optional.of(minute(40)));
    n.save(closed);
    assertThat(n.find("oncall", open.key())).contains(closed);
    assertThat(n.remindersDue("oncall", minute(60))).isEmpty();
    assertThat(n.pruneClosedBefore(minute(40))).isZero();
    assertThat(n.pruneClosedBefore(minute(41))).isEqualTo(1);
    assertThat(n.find("oncall", open.key())).isEmpty();
    assertThat(n.find("oncall", "inc-1")).contains(incident);
  }

  @Test
  void audit_query_byTimeAndTarget() {
    AuditLog audit = store.audit();
    long first =
        audit.append(
            new AuditEntry(minute(1), "alice", "restart", "orders", "{\"why\":\"loop\"}", "OK"));
    long second =
        audit.append(new AuditEntry(minute(2), "flotilla", "rescale", "payments", "{}", "FAILED"));
    audit.append(new AuditEntry(minute(3), "bob", "stop", "orders", "{}", "DENIED"));
    assertThat(second).isGreaterThan(first);
    assertThat(audit.query(minute(1), minute(3), Optional.empty(), 10))
        .extracting(AuditEntry::action)
        .containsExactly("restart", "rescale");
    assertThat(audit.query(minute(0), minute(9), Optional.of("orders"), 10))
        .extracting(AuditEntry::outcome)
        .containsExactly("OK", "DENIED");
    assertThat(audit.query(minute(0), minute(9), Optional.empty(), 1)).hasSize(1);
    assertThat(audit.query(minute(0), minute(9), Optional.of("orders"), 10).get(0).detailsJson())
        .isEqualTo("{\"why\":\"loop\"}");
  }

  @Test
  void concurrentWriters_onOneStore_allSucceed() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 25; i++) {
                    store
                        .audit()
                        .append(
                            new AuditEntry(
                                minute(i), "t" + thread, "poke", "job-" + thread, "{}", "OK"));
                    store.jobs().upsertAll(List.of(Rows.job("t" + thread + "-" + i)));
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.audit().query(minute(0), minute(30), Optional.empty(), 1000)).hasSize(100);
    assertThat(store.jobs().list(JobFilter.all())).hasSize(100);
    assertThat(store.jobs().get("t2-7").orElseThrow().restarts()).isEqualTo(OptionalLong.of(0));
  }

  @Test
  void health_latestPerJobAndHistory() {
    Instant t0 = Instant.parse("2026-11-24T10:00:00Z");
    store
        .health()
        .append(
            List.of(
                new HealthRow("a", t0, 100, Optional.empty()),
                new HealthRow(
                    "a", t0.plusSeconds(60), 40, Optional.of("OOM_HEAP: Java heap space")),
                new HealthRow("b", t0, 80, Optional.of("DATA_SKEW"))));
    assertThat(store.health().latestPerJob())
        .extracting(HealthRow::jobKey, HealthRow::score)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", 40),
            org.assertj.core.groups.Tuple.tuple("b", 80));
    assertThat(store.health().history("a", t0, t0.plusSeconds(61)))
        .extracting(HealthRow::score)
        .containsExactly(100, 40);
    assertThat(store.health().history("a", t0.plusSeconds(1), t0.plusSeconds(60))).isEmpty();
  }
}
