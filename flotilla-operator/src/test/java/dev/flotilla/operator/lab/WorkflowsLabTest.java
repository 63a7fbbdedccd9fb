package dev.flotilla.operator.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.lab.ClusterSpec;
import dev.flotilla.lab.FlinkLabExtension;
import dev.flotilla.lab.LabCluster;
import dev.flotilla.operator.flink.RestFlinkActions;
import dev.flotilla.operator.workflow.EngineOptions;
import dev.flotilla.operator.workflow.Sleeper;
import dev.flotilla.operator.workflow.StepListener;
import dev.flotilla.operator.workflow.StepView;
import dev.flotilla.operator.workflow.WorkflowEngine;
import dev.flotilla.operator.workflow.WorkflowParams;
import dev.flotilla.operator.workflow.WorkflowRequest;
import dev.flotilla.operator.workflow.WorkflowType;
import dev.flotilla.operator.workflow.WorkflowView;
import dev.flotilla.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each workflow once on real clusters, one job travelling through them: savepoint on Flink 1.20.3,
 * upgrade to 2.3.0 (adaptive scheduler), in-place rescale, config update, restart from checkpoint,
 * migration away from a kill -9'd JobManager through the retained checkpoint, stop with savepoint.
 */
@Tag("lab")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowsLabTest {
  private static final String JOB = "travelling-job";

  @RegisterExtension
  static FlinkLabExtension lab =
      FlinkLabExtension.withClusters(
          ClusterSpec.of("w-old", "1.20.3").withZone("zone-w").withTaskManagers(1, 4),
          ClusterSpec.of("w-new", "2.3.0")
              .withZone("zone-w")
              .withTaskManagers(1, 4)
              .withAdaptiveScheduler(true),
          ClusterSpec.of("w-b", "2.3.0").withZone("zone-w").withTaskManagers(1, 4));

  static Store store;
  static WorkflowEngine engine;
  static LabFleet fleet;
  static int parallelism = 2;

  @BeforeAll
  static void open() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "operator-workflows"));
    Files.deleteIfExists(dir.resolve("ops.db"));
    store =
        Store.open("jdbc:sqlite:" + dir.resolve("ops.db"), Optional.empty(), Optional.empty(), 1);
    RestFlinkActions flink =
        new RestFlinkActions(
            List.of(
                LabFleet.endpoint(lab.cluster("w-old")),
                LabFleet.endpoint(lab.cluster("w-new")),
                LabFleet.endpoint(lab.cluster("w-b"))),
            Duration.ofSeconds(5));
    engine =
        new WorkflowEngine(
            store,
            flink,
            Clock.systemUTC(),
            Sleeper.real(),
            EngineOptions.defaults(),
            StepListener.none());
    fleet = new LabFleet(lab);
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  private static WorkflowView run(WorkflowType type, WorkflowParams params) {
    String id = engine.start(new WorkflowRequest(type, JOB, params, "lab-test", type + " once"));
    WorkflowView view = engine.status(id).orElseThrow();
    System.out.println(type + " " + view.state() + " steps " + engine.steps(id));
    return view;
  }

  private static WorkflowParams params(String cluster) {
    return WorkflowParams.of(cluster, JOB).withDeployment(LabFleet.deployment(JOB, parallelism));
  }

  private static String only(LabCluster c) {
    List<String> copies =
        fleet.activeCopies(JOB, lab.cluster("w-old"), lab.cluster("w-new"), lab.cluster("w-b"));
    assertThat(copies).hasSize(1);
    assertThat(copies.get(0)).startsWith(c.name() + "/");
    return copies.get(0).split("/")[1];
  }

  @Test
  @Order(1)
  void savepoint_onFlink120_recordsLastGoodAndJobKeepsRunning() {
    LabCluster old = lab.cluster("w-old");
    String id = fleet.start(old, JOB, parallelism);
    fleet.awaitCount(old, id, 200, Duration.ofSeconds(30));

    WorkflowView view = run(WorkflowType.SAVEPOINT, params("w-old"));

    assertThat(view.state()).isEqualTo("SUCCEEDED");
    assertThat(store.jobs().lastGoodCheckpoint(JOB).orElseThrow().path()).contains("savepoint-");
    assertThat(only(old)).isEqualTo(id);
  }

  @Test
  @Order(2)
  void upgrade_from120To230_carriesKeyedState() {
    LabCluster old = lab.cluster("w-old");
    LabCluster next = lab.cluster("w-new");
    String before = only(old);
    double count = fleet.awaitCount(old, before, 400, Duration.ofSeconds(30));

    WorkflowView view = run(WorkflowType.UPGRADE, params("w-old").withTargetCluster("w-new"));

    assertThat(view.state()).isEqualTo("SUCCEEDED");
    String after = only(next);
    assertThat(fleet.awaitCount(next, after, count, Duration.ofSeconds(20)))
        .isGreaterThanOrEqualTo(count);
    assertThat(restored(next, after).path("is_savepoint").asBoolean()).isTrue();
  }

  @Test
  @Order(3)
  void rescale_onAdaptiveScheduler_isInPlace() {
    LabCluster next = lab.cluster("w-new");
    String before = only(next);

    WorkflowView view = run(WorkflowType.RESCALE, params("w-new").withParallelism(3));

    assertThat(view.state()).isEqualTo("SUCCEEDED");
    assertThat(view.params().inPlace()).contains(true);
    assertThat(only(next)).isEqualTo(before);
    List<StepView> steps = engine.steps(view.id());
    assertThat(steps)
        .extracting(StepView::name)
        .containsExactly("rescale-in-place", "await-parallelism");
    for (JsonNode v : lab.jobs().get(next, "jobs/" + before).path("vertices")) {
      assertThat(v.path("parallelism").asInt()).isEqualTo(3);
    }
    parallelism = 3;
  }

  @Test
  @Order(4)
  void configUpdate_setsTheKeyAndReportsDowntime() {
    LabCluster next = lab.cluster("w-new");
    String before = only(next);
    double count = fleet.awaitCount(next, before, 1, Duration.ofSeconds(20));

    WorkflowView view =
        run(
            WorkflowType.CONFIG_UPDATE,
            params("w-new")
                .withConfig(Map.of("execution.checkpointing.tolerable-failed-checkpoints", "7")));

    assertThat(view.state()).isEqualTo("SUCCEEDED");
    String after = only(next);
    assertThat(
            lab.jobs()
                .get(next, "jobs/" + after + "/checkpoints/config")
                .path("tolerable_failed_checkpoints")
                .asInt())
        .isEqualTo(7);
    JsonNode awaited = engine.steps(view.id()).get(2).result().orElseThrow();
    assertThat(awaited.get("downtimeMs").asLong()).isBetween(1L, 60_000L);
    assertThat(fleet.awaitCount(next, after, count, Duration.ofSeconds(20)))
        .isGreaterThanOrEqualTo(count);
  }

  @Test
  @Order(5)
  void restartFromCheckpoint_restoresTheRetainedCheckpoint() {
    LabCluster next = lab.cluster("w-new");
    String before = only(next);
    double count = fleet.awaitCount(next, before, 1, Duration.ofSeconds(20));
    LabFleet.sleep(4000); // at least one checkpoint after the count was read

    WorkflowView view = run(WorkflowType.RESTART_FROM_CHECKPOINT, params("w-new"));

    assertThat(view.state()).isEqualTo("SUCCEEDED");
    String after = only(next);
    assertThat(after).isNotEqualTo(before);
    JsonNode restored = restored(next, after);
    // Flink reports any restore through savepointPath as is_savepoint=true; the path tells
    assertThat(restored.path("external_path").asText()).contains(before + "/chk-");
    assertThat(fleet.awaitCount(next, after, count, Duration.ofSeconds(20)))
        .isGreaterThanOrEqualTo(count);
  }

  @Test
  @Order(6)
  void migrate_fromKilledJobManager_restoresRetainedCheckpointElsewhere() {
    LabCluster dead = lab.cluster("w-new");
    LabCluster b = lab.cluster("w-b");
    String before = only(dead);
    double count = fleet.awaitCount(dead, before, 1, Duration.ofSeconds(20));
    LabFleet.sleep(4000);
    dead.killJobManager();

    WorkflowView view =
        run(WorkflowType.MIGRATE, params("w-new").withJobId(before).withTargetCluster("w-b"));

    assertThat(view.state()).isEqualTo("SUCCEEDED");
    JsonNode stop = engine.steps(view.id()).get(0).result().orElseThrow();
    assertThat(stop.get("kind").asText()).isEqualTo("checkpoint");
    String after = only(b);
    assertThat(fleet.awaitCount(b, after, count, Duration.ofSeconds(20)))
        .isGreaterThanOrEqualTo(count);
  }

  @Test
  @Order(7)
  void stopWithSavepoint_leavesNoActiveCopy() {
    WorkflowView view = run(WorkflowType.STOP_WITH_SAVEPOINT, params("w-b"));

    assertThat(view.state()).isEqualTo("SUCCEEDED");
    assertThat(fleet.activeCopies(JOB, lab.cluster("w-old"), lab.cluster("w-b"))).isEmpty();
    assertThat(store.jobs().lastGoodCheckpoint(JOB).orElseThrow().path())
        .isEqualTo(engine.steps(view.id()).get(0).result().orElseThrow().get("path").asText());
  }

  private static JsonNode restored(LabCluster c, String jobId) {
    return lab.jobs().get(c, "jobs/" + jobId + "/checkpoints").path("latest").path("restored");
  }
}
