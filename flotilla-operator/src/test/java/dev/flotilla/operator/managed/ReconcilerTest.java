package dev.flotilla.operator.managed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.SettableClock;
import dev.flotilla.operator.flink.FakeFlinkActions;
import dev.flotilla.operator.workflow.Deployment;
import dev.flotilla.operator.workflow.EngineOptions;
import dev.flotilla.operator.workflow.StepListener;
import dev.flotilla.operator.workflow.WorkflowEngine;
import dev.flotilla.operator.workflow.WorkflowType;
import dev.flotilla.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcilerTest {
  @TempDir Path dir;

  @Test
  void reconcile_missingThenChangedThenSteady_deploysRedeploysAndIdles() {
    SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    FakeFlinkActions flink = new FakeFlinkActions(clock, "a");
    try (Store store =
        Store.open("jdbc:sqlite:" + dir.resolve("r.db"), Optional.empty(), Optional.empty(), 1)) {
      WorkflowEngine engine = engine(store, flink, clock);
      Reconciler reconciler = new Reconciler(engine, flink);
      Deployment v1 = new Deployment("/j.jar", "Main", List.of("--name", "pay"), 2, Map.of());
      store.jobs().recordLastGoodCheckpoint("pay", "file:///sp/old", clock.instant());

      List<String> first = reconciler.reconcile(List.of(new ManagedJob("pay", "a", "pay", v1)));
      assertThat(first).hasSize(1);
      assertThat(flink.activeCopies("pay")).hasSize(1);
      assertThat(flink.activeCopies("pay").get(0).restoredFrom).contains("file:///sp/old");

      clock.advance(Duration.ofMinutes(1));
      assertThat(reconciler.reconcile(List.of(new ManagedJob("pay", "a", "pay", v1)))).isEmpty();

      Deployment v2 = v1.withParallelism(4);
      clock.advance(Duration.ofMinutes(1));
      List<String> third = reconciler.reconcile(List.of(new ManagedJob("pay", "a", "pay", v2)));
      assertThat(third).hasSize(1);
      assertThat(engine.status(third.get(0)).orElseThrow().type()).isEqualTo(WorkflowType.REDEPLOY);
      assertThat(flink.activeCopies("pay")).hasSize(1);
      assertThat(flink.activeCopies("pay").get(0).parallelism).isEqualTo(4);

      clock.advance(Duration.ofMinutes(1));
      assertThat(reconciler.reconcile(List.of(new ManagedJob("pay", "a", "pay", v2)))).isEmpty();
    }
  }

  @Test
  void reconcile_copyRunsOnAFallbackCluster_noSecondCopy_andRedeployHappensThere() {
    SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    FakeFlinkActions flink = new FakeFlinkActions(clock, "a", "b");
    try (Store store =
        Store.open("jdbc:sqlite:" + dir.resolve("f.db"), Optional.empty(), Optional.empty(), 1)) {
      WorkflowEngine engine = engine(store, flink, clock);
      Reconciler reconciler = new Reconciler(engine, flink);
      Deployment v1 = new Deployment("/j.jar", "Main", List.of("--name", "pay"), 2, Map.of());
      flink.startJob("b", "pay", 2); // moved to b by an earlier migration

      assertThat(reconciler.reconcile(List.of(new ManagedJob("pay", "a", "pay", v1, List.of("b")))))
          .isEmpty();
      assertThat(flink.activeCopies("pay")).hasSize(1);
      assertThat(reconciler.reconcile(List.of(new ManagedJob("pay", "a", "pay", v1))))
          .as("without the fallback, the copy on b is not the job's: deploy on a")
          .hasSize(1);
      assertThat(flink.activeCopies("pay")).hasSize(2);
    }
  }

  @Test
  void reconcile_newestCopyFailed_leftToHealing_cancelledCopyIsRedeployed() {
    SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    FakeFlinkActions flink = new FakeFlinkActions(clock, "a");
    try (Store store =
        Store.open("jdbc:sqlite:" + dir.resolve("x.db"), Optional.empty(), Optional.empty(), 1)) {
      WorkflowEngine engine = engine(store, flink, clock);
      Reconciler reconciler = new Reconciler(engine, flink);
      Deployment v1 = new Deployment("/j.jar", "Main", List.of("--name", "pay"), 2, Map.of());
      flink.startJob("a", "pay", 2);
      flink.jobs("a").get(0).state = dev.flotilla.model.JobState.FAILED;

      assertThat(reconciler.reconcile(List.of(new ManagedJob("pay", "a", "pay", v1)))).isEmpty();
      assertThat(flink.activeCopies("pay")).isEmpty();

      flink.jobs("a").get(0).state = dev.flotilla.model.JobState.CANCELED; // stopped by someone
      assertThat(reconciler.reconcile(List.of(new ManagedJob("pay", "a", "pay", v1)))).hasSize(1);
      assertThat(flink.activeCopies("pay")).hasSize(1);
    }
  }

  private static WorkflowEngine engine(Store store, FakeFlinkActions flink, SettableClock clock) {
    return new WorkflowEngine(
        store,
        flink,
        clock,
        clock::advance,
        new EngineOptions("r", Duration.ofSeconds(30), Duration.ofMillis(250)),
        StepListener.none());
  }
}
