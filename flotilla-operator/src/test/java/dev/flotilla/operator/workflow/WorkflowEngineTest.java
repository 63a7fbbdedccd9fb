package dev.flotilla.operator.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flotilla.model.JobState;
import dev.flotilla.operator.flink.FakeFlinkActions;
import dev.flotilla.store.AuditEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowEngineTest {
  @TempDir Path dir;
  Harness h;

  @BeforeEach
  void setUp() {
    h = new Harness(dir);
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  @Test
  void start_migrate_movesJobWithItsSavepointAndRecordsEverything() {
    h.flink.startJob("a", Harness.JOB, 2);
    String id =
        h.engine("e1")
            .start(Harness.request(WorkflowType.MIGRATE, Harness.params().withTargetCluster("b")));

    WorkflowView view = h.engine("e1").status(id).orElseThrow();
    assertThat(view.state()).isEqualTo("SUCCEEDED");
    List<FakeFlinkActions.Job> copies = h.flink.activeCopies(Harness.JOB);
    assertThat(copies).hasSize(1);
    assertThat(copies.get(0).cluster).isEqualTo("b");
    assertThat(copies.get(0).restoredFrom.orElseThrow()).startsWith("file:///fake/savepoints/");
    assertThat(h.store.jobs().lastGoodCheckpoint(Harness.JOB).orElseThrow().path())
        .isEqualTo(copies.get(0).restoredFrom.orElseThrow());
    assertThat(h.engine("e1").steps(id))
        .extracting(StepView::name)
        .containsExactly(
            "stop-with-savepoint", "run-on-target", "await-running", "record-last-good");
    List<AuditEntry> audit =
        h.store
            .audit()
            .query(
                Instant.EPOCH,
                Instant.parse("2100-01-01T00:00:00Z"),
                Optional.of(Harness.JOB),
                100);
    assertThat(audit)
        .extracting(AuditEntry::action)
        .contains("workflow.start", "workflow.step", "workflow.end");
    assertThat(audit.get(audit.size() - 1).outcome()).isEqualTo("SUCCEEDED");
    assertThat(audit.get(0).actor()).isEqualTo("alice");
  }

  @Test
  void start_migrateOfAJobInAFailureLoop_cancelsItAndMovesItFromItsRetainedCheckpoint() {
    String jobId = h.flink.startJob("a", Harness.JOB, 2);
    h.flink.checkpoint("a", jobId);
    h.flink.checkpoint("a", jobId);
    h.flink.jobs("a").get(0).state = JobState.RESTARTING; // no savepoint possible now
    String id =
        h.engine("e1")
            .start(Harness.request(WorkflowType.MIGRATE, Harness.params().withTargetCluster("b")));

    assertThat(h.engine("e1").status(id).orElseThrow().state()).isEqualTo("SUCCEEDED");
    List<FakeFlinkActions.Job> copies = h.flink.activeCopies(Harness.JOB);
    assertThat(copies).hasSize(1);
    assertThat(copies.get(0).cluster).isEqualTo("b");
    assertThat(copies.get(0).restoredFrom).contains("file:///fake/checkpoints/" + jobId + "/chk-2");
    assertThat(h.flink.jobs("a").get(0).state).isEqualTo(JobState.CANCELED);
    assertThat(h.engine("e1").steps(id).get(0).result().orElseThrow().path("kind").asText())
        .isEqualTo("checkpoint");
  }

  @Test
  void start_secondWorkflowOnSameJob_isRefusedWhileFirstIsActive() {
    h.flink.startJob("a", Harness.JOB, 2);
    WorkflowEngine engine = h.engine("e1");
    engine.create(Harness.request(WorkflowType.SAVEPOINT, Harness.params()));

    assertThatThrownBy(
            () -> engine.start(Harness.request(WorkflowType.SAVEPOINT, Harness.params())))
        .isInstanceOf(WorkflowConflictException.class)
        .hasMessageContaining(Harness.JOB);
  }

  @Test
  void start_dryRun_recordsIntentsWithoutTouchingFlink() {
    h.flink.startJob("a", Harness.JOB, 2);
    String id =
        h.engine("e1")
            .start(
                Harness.request(
                    WorkflowType.MIGRATE,
                    Harness.params().withTargetCluster("b").withDryRun(true)));

    assertThat(h.flink.mutations()).isEmpty();
    assertThat(h.engine("e1").status(id).orElseThrow().state()).isEqualTo(WorkflowView.DRY_RUN);
    List<StepView> steps = h.engine("e1").steps(id);
    assertThat(steps).hasSize(4);
    assertThat(steps.get(1).intent().get("restoreFrom").asText())
        .isEqualTo("<stop-with-savepoint.path>");
    assertThat(steps.get(1).intent().get("cluster").asText()).isEqualTo("b");
    assertThat(h.store.workflows().hasActiveWorkflow(Harness.JOB)).isFalse();
  }

  @Test
  void start_targetNeverRuns_rollsBackToSourceFromSameSavepoint() {
    h.flink.startJob("a", Harness.JOB, 2);
    h.flink.failRunsOn("b", true);
    String id =
        h.engine("e1")
            .start(
                Harness.request(
                    WorkflowType.UPGRADE,
                    Harness.params().withTargetCluster("b").withTargetJar("/jobs/orders-2.jar")));

    assertThat(h.engine("e1").status(id).orElseThrow().state()).isEqualTo("ROLLED_BACK");
    List<FakeFlinkActions.Job> copies = h.flink.activeCopies(Harness.JOB);
    assertThat(copies).hasSize(1);
    assertThat(copies.get(0).cluster).isEqualTo("a");
    String savepoint = h.engine("e1").steps(id).get(0).result().orElseThrow().get("path").asText();
    assertThat(copies.get(0).restoredFrom).contains(savepoint);
    assertThat(h.engine("e1").steps(id))
        .extracting(StepView::name)
        .containsExactly(
            "stop-with-savepoint",
            "run-on-target",
            "await-running",
            "rollback-cancel-target",
            "rollback-run-on-source",
            "rollback-await-source");
  }

  @Test
  void start_migrateFromDeadSource_restoresRetainedCheckpoint() {
    String old = h.flink.startJob("a", Harness.JOB, 2);
    h.flink.checkpoint("a", old);
    h.flink.checkpoint("a", old);
    h.flink.setReachable("a", false);
    String id =
        h.engine("e1")
            .start(
                Harness.request(
                    WorkflowType.MIGRATE, Harness.params().withJobId(old).withTargetCluster("b")));

    assertThat(h.engine("e1").status(id).orElseThrow().state()).isEqualTo("SUCCEEDED");
    FakeFlinkActions.Job moved = h.flink.jobs("b").get(0);
    assertThat(moved.restoredFrom).contains("file:///fake/checkpoints/" + old + "/chk-2");
    assertThat(h.engine("e1").steps(id).get(0).result().orElseThrow().get("kind").asText())
        .isEqualTo("checkpoint");
  }

  @Test
  void resumeAbandoned_beforeLeaseExpired_claimsNothing() {
    h.flink.startJob("a", Harness.JOB, 2);
    assertThatThrownBy(
            () ->
                h.engine("e1", Harness.crashAt(1, StepListener.Event.INTENT))
                    .start(
                        Harness.request(
                            WorkflowType.MIGRATE, Harness.params().withTargetCluster("b"))))
        .isInstanceOf(Harness.Crash.class);

    assertThat(h.engine("e2").resumeAbandoned()).isEmpty();
    h.clock.advance(Duration.ofSeconds(31));
    assertThat(h.engine("e2").resumeAbandoned()).hasSize(1);
    assertThat(h.flink.activeCopies(Harness.JOB)).hasSize(1);
  }

  @Test
  void heartbeat_afterTakeover_stopsTheOldRun() {
    h.flink.startJob("a", Harness.JOB, 2);
    WorkflowEngine first = h.engine("e1");
    var row = first.create(Harness.request(WorkflowType.SAVEPOINT, Harness.params()));
    h.clock.advance(Duration.ofSeconds(31));
    assertThat(
            h.store
                .workflows()
                .claimAbandoned(h.clock.instant(), "e2", h.clock.instant().plusSeconds(30)))
        .isPresent();

    WorkflowView after = first.run(row);

    assertThat(after.state()).isEqualTo("RUNNING");
    assertThat(h.flink.mutations()).isEmpty();
    assertThat(h.flink.jobs("a").get(0).state).isEqualTo(JobState.RUNNING);
  }
}
