package dev.flotilla.adviser.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flotilla.adviser.Adviser;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.SettableClock;
import dev.flotilla.model.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveAdviserTest {
  private static final Instant T0 = Instant.parse("2026-11-24T20:00:00Z");
  private static final JobObservation HEALTHY = RecordedFixtures.job("2.2.0", "healthy", T0);
  private static final JobObservation OOM = RecordedFixtures.job("2.2.0", "heap-oom", T0);

  private final SettableClock clock = new SettableClock(T0);
  private final LiveAdviser adviser =
      new LiveAdviser(Adviser.builtIn(), LiveSettings.defaults(), clock);

  private AdviserCycle cycle(JobObservation... jobs) {
    return adviser.observe(
        List.of(
            new ClusterSnapshot(
                Obs.cluster("prod", clock.instant(), "2.2.0", 1, 4, 2, List.of()), List.of(jobs))),
        Map.of("prod/orders", "orders"));
  }

  @Test
  void observe_sameProblemEveryCycle_emittedOnceThenAgainWhenChanged() {
    assertThat(cycle(Obs.renamed(OOM, "prod", "orders", T0)).newOrChanged()).hasSize(1);
    clock.advance(Duration.ofMinutes(1));
    assertThat(cycle(Obs.renamed(OOM, "prod", "orders", clock.instant())).newOrChanged()).isEmpty();
    assertThat(adviser.current("orders"))
        .extracting(JobDiagnosis::label)
        .containsExactly(Label.OOM_HEAP);

    clock.advance(Duration.ofMinutes(1));
    JobObservation loop = RecordedFixtures.job("2.2.0", "exception-loop", clock.instant());
    List<JobDiagnosis> changed =
        cycle(Obs.renamed(loop, "prod", "orders", clock.instant())).newOrChanged();
    assertThat(changed).extracting(JobDiagnosis::label).containsExactly(Label.USER_CODE_EXCEPTION);
  }

  @Test
  void observe_problemGoneAndBackAfterReemitPeriod_emittedAgain() {
    cycle(Obs.renamed(OOM, "prod", "orders", T0));
    clock.advance(Duration.ofMinutes(1));
    assertThat(cycle(Obs.renamed(HEALTHY, "prod", "orders", clock.instant())).newOrChanged())
        .isEmpty();
    assertThat(adviser.current("orders")).isEmpty();
    clock.advance(Duration.ofMinutes(11));
    assertThat(cycle(Obs.renamed(OOM, "prod", "orders", clock.instant())).newOrChanged())
        .hasSize(1);
  }

  @Test
  void observe_managedAndObservedJobs_keyedByNameOrClusterSlashName() {
    AdviserCycle c =
        cycle(
            Obs.renamed(HEALTHY, "prod", "orders", T0), Obs.renamed(HEALTHY, "prod", "adhoc", T0));

    assertThat(c.health()).containsOnlyKeys("orders", "prod/adhoc");
    assertThat(adviser.history("orders")).hasSize(1);
  }

  @Test
  void observe_oldFailedRunAndNewRunningRunOfOneName_judgesTheRunningOne() {
    JobObservation oldRun =
        Obs.withState(
            Obs.renamed(OOM, "prod", "orders", T0), JobState.FAILED, OOM.exceptions(), T0);
    AdviserCycle c = cycle(oldRun, Obs.renamed(HEALTHY, "prod", "orders", T0));

    assertThat(c.newOrChanged()).isEmpty();
    assertThat(c.health().get("orders").score()).isEqualTo(100);
  }

  @Test
  void observe_tasksScheduledWhileNoSlotFree_insufficientResourcesPlatform() {
    Map<String, Integer> waiting = Map.of("total", 4, "scheduled", 4, "running", 0);
    for (int i = 0; i < 2; i++) {
      Instant t = T0.plus(Duration.ofMinutes(i));
      JobObservation j =
          Obs.copy(
              HEALTHY,
              "prod",
              "orders",
              JobState.CREATED,
              t,
              HEALTHY.metrics(),
              HEALTHY.checkpoints(),
              List.of(),
              waiting);
      adviser.observe(
          List.of(
              new ClusterSnapshot(Obs.cluster("prod", t, "2.2.0", 1, 4, 0, List.of()), List.of(j))),
          Map.of(),
          t);
    }

    assertThat(adviser.current("prod/orders"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.label()).isEqualTo(Label.INSUFFICIENT_RESOURCES);
              assertThat(d.side()).isEqualTo(Side.USER);
              assertThat(d.confidence()).isEqualTo(0.85);
              assertThat(d.evidence())
                  .containsExactly(
                      "4 of 4 tasks SCHEDULED (waiting for slots), job state CREATED",
                      "cluster prod has 0 of 4 slots available, 1 TaskManagers");
            });
  }

  @Test
  void observe_oldExceptionOnRunningJob_notACurrentProblem() {
    JobObservation recovered =
        Obs.withState(
            Obs.renamed(OOM, "prod", "orders", T0),
            JobState.RUNNING,
            OOM.exceptions(),
            T0.plus(Duration.ofHours(1)));

    AdviserCycle c =
        adviser.observe(
            List.of(
                new ClusterSnapshot(
                    Obs.cluster("prod", T0.plus(Duration.ofHours(1)), "2.2.0", 1, 4, 2, List.of()),
                    List.of(recovered))),
            Map.of(),
            T0.plus(Duration.ofHours(1)));

    assertThat(c.newOrChanged()).isEmpty();
  }

  @Test
  void postMortem_unknownJob_clearError() {
    assertThatThrownBy(() -> adviser.postMortem("nope", List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no history kept for job nope");
  }

  @Test
  void settings_badValues_rejectedWithTheirName() {
    assertThatThrownBy(
            () ->
                new RuntimeThresholds(
                    Duration.ZERO,
                    Duration.ofMinutes(1),
                    3,
                    0.5,
                    0.9,
                    50,
                    0,
                    Duration.ofMinutes(1),
                    1))
        .hasMessage("exceptionWindow must be positive, got PT0S");
    assertThatThrownBy(
            () -> LiveSettings.defaults().withCheckpointTimeouts(Map.of("orders", Duration.ZERO)))
        .hasMessage("checkpoint timeout of job orders must be positive, got PT0S");
  }
}
