package dev.flotilla.sla;

import static dev.flotilla.sla.Obs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SliClassifierTest {
  private final SliClassifier classifier = SliClassifier.defaults();
  private final JobContext observed =
      JobContext.observed("c1", "job", Optional.of(Tier.P1), Optional.of("team"));
  private final JobContext managed = JobContext.managed("job", "c1", Tier.P1, "team");
  private final Instant now = T0.plusSeconds(30);

  private SliMinute classify(JobContext ctx, JobObservation o) {
    return classifier.classify(
        ctx, Optional.of(Obs.cluster("c1", now)), Optional.of(o), JobHistory.empty(), now);
  }

  @Test
  void classify_runningAllTasksRunning_isNormal() {
    SliMinute m = classify(observed, Obs.running().build());
    assertThat(m.state()).isEqualTo(SliState.RUNNING_NORMAL);
    assertThat(m.minute()).isEqualTo(T0);
    assertThat(m.jobKey()).isEqualTo("c1/job");
  }

  @Test
  void classify_runningWithRestartRate_isAbnormalWithReasonAndUserSide() {
    Obs o = Obs.running();
    for (int i = 1; i <= 3; i++) {
      o.exception(now.minusSeconds(10L * i), "java.lang.RuntimeException", "Injected failure");
    }
    SliMinute m = classify(observed, o.build());
    assertThat(m.state()).isEqualTo(SliState.RUNNING_ABNORMAL);
    assertThat(m.reasons()).containsExactly("RESTART_RATE");
    assertThat(m.side()).isEqualTo(Side.USER);
  }

  @Test
  void classify_restartingWithNoResources_isSchedulingPlatform() {
    Obs o = Obs.of(JobState.RESTARTING);
    for (int i = 1; i <= 3; i++) {
      o.exception(
          now.minusSeconds(10L * i),
          "org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException",
          "NoResourceAvailableException: Could not acquire the minimum required resources.");
    }
    SliMinute m = classify(observed, o.build());
    assertThat(m.state()).isEqualTo(SliState.SCHEDULING);
    assertThat(m.reasons()).contains("RESTARTING", "RESTART_RATE");
    assertThat(m.side()).isEqualTo(Side.PLATFORM);
  }

  @Test
  void classify_createdWithinGrace_isNormalWithNote() {
    JobObservation o = Obs.of(JobState.CREATED).start(now.minusSeconds(100)).build();
    SliMinute m = classify(observed, o);
    assertThat(m.state()).isEqualTo(SliState.RUNNING_NORMAL);
    assertThat(m.reasons()).containsExactly(SliClassifier.IN_GRACE);
    assertThat(m.evidence().get(0)).contains("CREATED for 100 s (grace 180 s)");
  }

  @Test
  void classify_createdBeyondGrace_isScheduling() {
    JobObservation o = Obs.of(JobState.CREATED).start(now.minusSeconds(180)).build();
    assertThat(classify(observed, o).state()).isEqualTo(SliState.SCHEDULING);
  }

  @Test
  void classify_runningWithTasksWaitingBeyondGraceFromHistory_isScheduling() {
    JobHistory h = JobHistory.empty();
    Map<String, Integer> waiting = Map.of("scheduled", 2);
    h.add(Obs.running().tasks(waiting).at(now.minusSeconds(240)).build(), true);
    h.add(Obs.running().tasks(waiting).at(now.minusSeconds(120)).build(), true);
    SliMinute m =
        classifier.classify(
            observed, Optional.empty(), Optional.of(Obs.running().tasks(waiting).build()), h, now);
    assertThat(m.state()).isEqualTo(SliState.SCHEDULING);
    assertThat(m.reasons()).containsExactly("TASKS_WAITING");
  }

  @Test
  void classify_runningWithFinishedTasks_isNormal() {
    JobObservation o = Obs.running().tasks(Map.of("running", 2, "finished", 1)).build();
    assertThat(classify(observed, o).state()).isEqualTo(SliState.RUNNING_NORMAL);
  }

  @Test
  void classify_restartingForLongPerMetric_isScheduling() {
    JobObservation o = Obs.of(JobState.RESTARTING).restartingFor(Duration.ofMinutes(4)).build();
    assertThat(classify(observed, o).state()).isEqualTo(SliState.SCHEDULING);
  }

  @ParameterizedTest
  @EnumSource(
      value = JobState.class,
      names = {"FAILED", "FAILING", "SUSPENDED"})
  void classify_failedStates_areNotRunning(JobState s) {
    JobObservation o =
        Obs.of(s).exception(now, "java.lang.OutOfMemoryError", "Java heap space").build();
    SliMinute m = classify(observed, o);
    assertThat(m.state()).isEqualTo(SliState.NOT_RUNNING);
    assertThat(m.reasons()).containsExactly(s.name());
    assertThat(m.side()).isEqualTo(Side.USER);
    assertThat(m.evidence()).anyMatch(e -> e.contains("Java heap space"));
  }

  @ParameterizedTest
  @EnumSource(
      value = JobState.class,
      names = {"CANCELED", "FINISHED"})
  void classify_observedJobStoppedOrFinished_isExcluded(JobState s) {
    assertThat(classify(observed, Obs.of(s).build()).state()).isEqualTo(SliState.EXCLUDED);
  }

  @Test
  void classify_managedJobCanceledOutsideFlotilla_isNotRunning() {
    assertThat(classify(managed, Obs.of(JobState.CANCELED).build()).state())
        .isEqualTo(SliState.NOT_RUNNING);
  }

  @Test
  void classify_intentionallyStopped_isExcluded() {
    SliMinute m =
        classifier.classify(
            managed.withIntentionallyStopped(true),
            Optional.empty(),
            Optional.empty(),
            JobHistory.empty(),
            now);
    assertThat(m.state()).isEqualTo(SliState.EXCLUDED);
    assertThat(m.reasons()).containsExactly("INTENTIONAL_STOP");
  }

  @Test
  void classify_managedJobMissingFromReachableCluster_isNotRunning() {
    SliMinute m =
        classifier.classify(
            managed,
            Optional.of(Obs.cluster("c1", now)),
            Optional.empty(),
            JobHistory.empty(),
            now);
    assertThat(m.state()).isEqualTo(SliState.NOT_RUNNING);
    assertThat(m.reasons()).containsExactly("MISSING");
  }

  @Test
  void classify_clusterUnreachable_isUnknownNotBreach() {
    SliMinute m =
        classifier.classify(
            managed,
            Optional.of(ClusterObservation.unreachable("c1", now, "refused", Duration.ZERO)),
            Optional.empty(),
            JobHistory.empty(),
            now);
    assertThat(m.state()).isEqualTo(SliState.UNKNOWN);
    assertThat(m.reasons()).containsExactly("CLUSTER_UNREACHABLE");
  }

  @Test
  void classify_jobStateUnknown_isUnknown() {
    JobObservation o = JobObservation.unknown("c1", "j", "job", now, "HTTP 500");
    assertThat(classify(observed, o).state()).isEqualTo(SliState.UNKNOWN);
  }

  @Test
  void classify_noObservationAtAll_isUnknown() {
    SliMinute m =
        classifier.classify(managed, Optional.empty(), Optional.empty(), JobHistory.empty(), now);
    assertThat(m.state()).isEqualTo(SliState.UNKNOWN);
  }

  @Test
  void classify_checkpointTooOld_isAbnormalUnknownSide() {
    JobObservation o = Obs.running().latestCheckpoint(now.minus(Duration.ofMinutes(20))).build();
    SliMinute m = classify(observed, o);
    assertThat(m.state()).isEqualTo(SliState.RUNNING_ABNORMAL);
    assertThat(m.reasons()).containsExactly("CHECKPOINT_AGE");
    assertThat(m.side()).isEqualTo(Side.UNKNOWN);
  }
}
