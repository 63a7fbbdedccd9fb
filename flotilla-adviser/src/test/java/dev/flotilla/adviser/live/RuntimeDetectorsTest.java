package dev.flotilla.adviser.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Adviser;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.CheckpointSummary;
import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.SettableClock;
import dev.flotilla.model.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Runtime detectors on the real recorded healthy job with one fault injected into its values. */
class RuntimeDetectorsTest {
  private static final Instant T0 = Instant.parse("2026-11-24T20:00:00Z");
  private static final JobObservation HEALTHY = RecordedFixtures.job("2.2.0", "healthy", T0);

  /** Real text, from a public report in corpus/cases.jsonl. */
  private static final String NO_SLOTS =
      "org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Could not"
          + " allocate all requires slots within timeout of 300000 ms.";

  private final LiveAdviser adviser =
      new LiveAdviser(Adviser.builtIn(), LiveSettings.defaults(), new SettableClock(T0));

  private List<JobDiagnosis> run(List<ClusterObservation> clusters, List<JobObservation> jobs) {
    for (int i = 0; i < jobs.size(); i++) {
      JobObservation j = jobs.get(i);
      adviser.observe(
          List.of(new ClusterSnapshot(clusters.get(i), List.of(j))), Map.of(), j.observedAt());
    }
    return adviser.current("prod/orders");
  }

  private static ClusterObservation cluster(Instant t, int tms) {
    return Obs.cluster("prod", t, "2.2.0", tms, 4 * tms, 2 * tms, List.of());
  }

  private static JobObservation job(Instant t) {
    return Obs.renamed(HEALTHY, "prod", "orders", t);
  }

  @Test
  void noResourceAvailableException_insufficientResourcesOfTheJob() {
    Instant t = T0;
    JobObservation j =
        Obs.withState(
            job(t), JobState.RESTARTING, List.of(Obs.exception(t.minusSeconds(3), NO_SLOTS)), t);

    assertThat(run(List.of(cluster(t, 1)), List.of(j)))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.label()).isEqualTo(Label.INSUFFICIENT_RESOURCES);
              assertThat(d.side()).isEqualTo(Side.USER);
              assertThat(d.evidence().get(0))
                  .contains("Could not allocate all requires slots within timeout of 300000 ms.");
            });
  }

  @Test
  void taskManagerCountDropWhileRestarting_taskManagerLostWithoutText() {
    Instant t1 = T0.plusSeconds(60);
    JobObservation restarting =
        Obs.copy(
            HEALTHY,
            "prod",
            "orders",
            JobState.RESTARTING,
            t1,
            Obs.restarts(HEALTHY.metrics(), 1),
            HEALTHY.checkpoints(),
            List.of(),
            HEALTHY.taskCounts());

    assertThat(run(List.of(cluster(T0, 3), cluster(t1, 2)), List.of(job(T0), restarting)))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.label()).isEqualTo(Label.TASKMANAGER_LOST_OR_NETWORK);
              assertThat(d.confidence()).isEqualTo(0.6);
              assertThat(d.evidence().get(0))
                  .isEqualTo("cluster prod TaskManagers 3 → 2 between " + T0 + " and " + t1);
            });
  }

  @Test
  void taskManagerLostLeavingNoFreeSlot_migrateFirst() {
    Instant t1 = T0.plusSeconds(30);
    JobObservation waiting =
        Obs.copy(
            HEALTHY,
            "prod",
            "orders",
            JobState.RESTARTING,
            t1,
            Obs.restarts(HEALTHY.metrics(), 1),
            HEALTHY.checkpoints(),
            List.of(Obs.exception(t1.minusSeconds(5), Obs.TM_LOST)),
            Map.of("scheduled", 2, "total", 2));
    ClusterObservation empty = Obs.cluster("prod", t1, "2.2.0", 0, 0, 0, List.of());

    List<JobDiagnosis> found = run(List.of(cluster(T0, 1), empty), List.of(job(T0), waiting));
    assertThat(found)
        .filteredOn(d -> d.label() == Label.TASKMANAGER_LOST_OR_NETWORK)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.actions())
                  .as("the live detector decides, not the exception text")
                  .containsExactly(
                      Action.MIGRATE_TO_HEALTHY_CLUSTER, Action.ADD_RESOURCES_OR_SLOTS);
              assertThat(d.evidence())
                  .contains("cluster prod has no free slot left to restart the job on");
            });
  }

  @Test
  void taskManagerLostWithSlotsLeft_flinkRestartsItself_noRestartOnTop() {
    Instant t1 = T0.plusSeconds(30);
    JobObservation restarting =
        Obs.withState(
            job(t1),
            JobState.RESTARTING,
            List.of(Obs.exception(t1.minusSeconds(5), Obs.TM_LOST)),
            t1);

    assertThat(run(List.of(cluster(T0, 3), cluster(t1, 2)), List.of(job(T0), restarting)))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.actions())
                    .as("Flink restarts it on the slots left; no restart on top")
                    .containsExactly(Action.ADD_RESOURCES_OR_SLOTS));
  }

  @Test
  void taskManagerLostAndFlinkGaveUp_restartFromCheckpoint() {
    Instant t1 = T0.plusSeconds(30);
    JobObservation failed =
        Obs.withState(
            job(t1), JobState.FAILED, List.of(Obs.exception(t1.minusSeconds(5), Obs.TM_LOST)), t1);

    assertThat(run(List.of(cluster(T0, 3), cluster(t1, 2)), List.of(job(T0), failed)))
        .filteredOn(d -> d.label() == Label.TASKMANAGER_LOST_OR_NETWORK)
        .singleElement()
        .satisfies(d -> assertThat(d.actions()).containsExactly(Action.RESTART_FROM_CHECKPOINT));
  }

  @Test
  void starvedTwice_migrateFirstAndAddSlotsForHuman_onceOnlyAddSlots() {
    Instant t1 = T0.plusSeconds(10);
    Map<String, Integer> scheduled = Map.of("scheduled", 1, "total", 1);
    JobObservation first =
        Obs.copy(
            HEALTHY,
            "prod",
            "orders",
            JobState.RUNNING,
            T0,
            HEALTHY.metrics(),
            HEALTHY.checkpoints(),
            List.of(),
            scheduled);
    JobObservation second =
        Obs.copy(
            HEALTHY,
            "prod",
            "orders",
            JobState.RUNNING,
            t1,
            HEALTHY.metrics(),
            HEALTHY.checkpoints(),
            List.of(),
            scheduled);
    ClusterObservation full0 = Obs.cluster("prod", T0, "2.2.0", 1, 4, 0, List.of());
    ClusterObservation full1 = Obs.cluster("prod", t1, "2.2.0", 1, 4, 0, List.of());

    assertThat(run(List.of(full0), List.of(first)))
        .singleElement()
        .satisfies(d -> assertThat(d.actions()).containsExactly(Action.ADD_RESOURCES_OR_SLOTS));
    assertThat(run(List.of(full1), List.of(second)))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.label()).isEqualTo(Label.INSUFFICIENT_RESOURCES);
              assertThat(d.actions())
                  .containsExactly(
                      Action.MIGRATE_TO_HEALTHY_CLUSTER, Action.ADD_RESOURCES_OR_SLOTS);
            });
  }

  @Test
  void taskManagerCountDropOnUnaffectedJob_nothing() {
    Instant t1 = T0.plusSeconds(60);
    assertThat(run(List.of(cluster(T0, 3), cluster(t1, 2)), List.of(job(T0), job(t1)))).isEmpty();
  }

  @Test
  void checkpointStorageMissing_haOrStoragePlatform() {
    String msg = "Cannot access file system for checkpoint/savepoint path 's3://bucket/chk'.";
    CheckpointSummary failing =
        new CheckpointSummary(
            OptionalLong.of(5),
            OptionalLong.of(1),
            OptionalLong.of(0),
            Optional.empty(),
            OptionalLong.empty(),
            OptionalLong.empty(),
            Optional.empty(),
            Optional.of(T0.minusSeconds(20)),
            Optional.of(msg),
            Optional.empty(),
            Optional.empty());
    JobObservation j =
        Obs.copy(
            HEALTHY,
            "prod",
            "orders",
            JobState.RUNNING,
            T0,
            HEALTHY.metrics(),
            failing,
            List.of(),
            HEALTHY.taskCounts());

    assertThat(run(List.of(cluster(T0, 1)), List.of(j)))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.label()).isEqualTo(Label.HA_OR_STORAGE);
              assertThat(d.side()).isEqualTo(Side.PLATFORM);
              assertThat(d.evidence().get(0))
                  .isEqualTo("checkpoint failed at " + T0.minusSeconds(20) + ": \"" + msg + "\"");
            });
  }

  @Test
  void clusterTimingOut_networkLabelMigrate() {
    String reason = "timed out after 5 s waiting for http://prod:8081/overview";
    Instant t1 = T0.plusSeconds(60);
    Instant t2 = T0.plusSeconds(120);
    List<JobDiagnosis> ds =
        run(
            List.of(
                cluster(T0, 1),
                ClusterObservation.unreachable("prod", t1, reason, Duration.ofSeconds(5)),
                ClusterObservation.unreachable("prod", t2, reason, Duration.ofSeconds(5))),
            List.of(
                job(T0),
                JobObservation.unknown("prod", "x", "orders", t1, reason),
                JobObservation.unknown("prod", "x", "orders", t2, reason)));

    assertThat(ds)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.label()).isEqualTo(Label.TASKMANAGER_LOST_OR_NETWORK);
              assertThat(d.actions()).containsExactly(Action.MIGRATE_TO_HEALTHY_CLUSTER);
              assertThat(d.evidence())
                  .containsExactly(
                      "cluster prod unreachable for 2 polls since " + t1 + ": " + reason,
                      "job last observed at " + T0);
            });
  }
}
