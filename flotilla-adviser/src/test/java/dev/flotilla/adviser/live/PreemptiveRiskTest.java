package dev.flotilla.adviser.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Adviser;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.SettableClock;
import dev.flotilla.model.TaskManagerObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pre-emptive risks over simulated minutes, starting from the real recorded healthy job. */
class PreemptiveRiskTest {
  private static final Instant T0 = Instant.parse("2026-11-24T20:00:00Z");
  private static final JobObservation HEALTHY = RecordedFixtures.job("2.2.0", "healthy", T0);
  private static final String KEY = "prod/orders";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private LiveAdviser adviser() {
    return new LiveAdviser(
        Adviser.builtIn(),
        LiveSettings.defaults().withCheckpointTimeouts(Map.of(KEY, TIMEOUT)),
        new SettableClock(T0));
  }

  /** Minute i: a checkpoint of {@code durationMs(i)} completes; returns the first risk's minute. */
  private Optional<Integer> firstCheckpointRisk(
      java.util.function.IntToLongFunction durationMs, int minutes) {
    LiveAdviser a = adviser();
    for (int i = 0; i < minutes; i++) {
      Instant t = T0.plus(Duration.ofMinutes(i));
      JobObservation j =
          Obs.copy(
              HEALTHY,
              "prod",
              "orders",
              JobState.RUNNING,
              t,
              HEALTHY.metrics(),
              Obs.completed(
                  HEALTHY.checkpoints(), i + 1, t.minusSeconds(5), durationMs.applyAsLong(i)),
              List.of(),
              HEALTHY.taskCounts());
      AdviserCycle c = a.observe(List.of(snapshot(t, j, List.of())), Map.of("prod/orders", KEY), t);
      if (c.newOrChanged().stream().anyMatch(d -> d.rules().contains(CheckpointTrendRisk.RULE))) {
        JobDiagnosis d = c.newOrChanged().get(0);
        assertThat(d.moment()).isEqualTo(Moment.PREEMPTIVE);
        assertThat(d.label()).isEqualTo(Label.CHECKPOINT_TIMEOUT_OR_FAILURE);
        assertThat(d.evidence().get(1)).contains("reaches the 60.0 s checkpoint timeout in about");
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  @Test
  void checkpointTrend_risingDurations_riskRaisedBeforeFirstCheckpointWouldExpire() {
    java.util.function.IntToLongFunction rising =
        i -> 10_000 + 4_000L * i; // 10 s, 14 s, ... +4 s/min
    int firstExpiry = 0;
    while (rising.applyAsLong(firstExpiry) < TIMEOUT.toMillis()) {
      firstExpiry++;
    }

    Optional<Integer> raised = firstCheckpointRisk(rising, firstExpiry);

    assertThat(firstExpiry).isEqualTo(13);
    assertThat(raised).hasValue(3); // the fourth point already projects the crossing ~9.5 min ahead
    assertThat(raised.get()).isLessThan(firstExpiry);
  }

  @Test
  void checkpointTrend_flatOrSlowlyRising_noRisk() {
    assertThat(firstCheckpointRisk(i -> 10_000, 20)).isEmpty();
    assertThat(firstCheckpointRisk(i -> 10_000 + 100L * i, 20))
        .as("reaches 60 s in ~8 h")
        .isEmpty();
  }

  @Test
  void heapTrend_lowerEnvelopeRisingTowardsMax_riskOnRunningJob() {
    LiveAdviser a = adviser();
    long max = 512L << 20;
    double[] ratios = {0.60, 0.72, 0.66, 0.78, 0.74, 0.84, 0.80, 0.88};
    AdviserCycle last = null;
    for (int i = 0; i < ratios.length; i++) {
      Instant t = T0.plus(Duration.ofMinutes(i));
      TaskManagerObservation tm = Obs.tm("tm-1", Math.round(ratios[i] * max), max, 100 + i);
      last =
          a.observe(
              List.of(snapshot(t, Obs.renamed(HEALTHY, "prod", "orders", t), List.of(tm))),
              Map.of(),
              t);
    }

    assertThat(a.current("prod/orders"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.label()).isEqualTo(Label.OOM_HEAP);
              assertThat(d.moment()).isEqualTo(Moment.PREEMPTIVE);
              assertThat(d.evidence().get(0))
                  .startsWith("TaskManager tm-1 heap 60 % → 88 % of 512 MiB");
            });
    assertThat(last.health().get("prod/orders").score()).isEqualTo(90);
  }

  @Test
  void gcRate_manyCollectionsPerMinute_risk() {
    LiveAdviser a = adviser();
    for (int i = 0; i < 3; i++) {
      Instant t = T0.plus(Duration.ofMinutes(i));
      TaskManagerObservation tm = Obs.tm("tm-1", 100L << 20, 512L << 20, 1000 + 90L * i);
      a.observe(
          List.of(snapshot(t, Obs.renamed(HEALTHY, "prod", "orders", t), List.of(tm))),
          Map.of(),
          t);
    }

    assertThat(a.current("prod/orders"))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.evidence().get(0))
                    .isEqualTo("TaskManager tm-1 GC count 1090 → 1180 in 1.0 min (90 per minute)"));
  }

  @Test
  void lagGrowth_lagRisingFasterThanItDrains_risk() {
    LiveAdviser a = adviser();
    for (int i = 0; i < 4; i++) {
      Instant t = T0.plus(Duration.ofMinutes(i));
      JobObservation j =
          Obs.copy(
              HEALTHY,
              "prod",
              "orders",
              JobState.RUNNING,
              t,
              Obs.lag(HEALTHY.metrics(), 20_000 + 5_000 * i),
              HEALTHY.checkpoints(),
              List.of(),
              HEALTHY.taskCounts());
      a.observe(List.of(snapshot(t, j, List.of())), Map.of(), t);
    }

    assertThat(a.current("prod/orders"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.label()).isEqualTo(Label.BACKPRESSURE_OR_SLOW_OPERATOR);
              assertThat(d.evidence())
                  .containsExactly(
                      "consumer lag 20000 → 35000 records over the last 4 samples",
                      "growing by about 5000 records per minute");
            });
  }

  @Test
  void restartAcceleration_moreRestartsThanTheWindowBefore_riskWithExceptionLabel() {
    LiveAdviser a = adviser();
    JobObservation loop = RecordedFixtures.job("2.2.0", "exception-loop", T0);
    long[] restarts = {10, 11, 12, 16, 20};
    for (int i = 0; i < restarts.length; i++) {
      Instant t = T0.plus(Duration.ofMinutes(5L * i));
      JobObservation j =
          Obs.copy(
              loop,
              "prod",
              "orders",
              JobState.RUNNING,
              t,
              Obs.restarts(loop.metrics(), restarts[i]),
              HEALTHY.checkpoints(),
              List.of(),
              HEALTHY.taskCounts());
      a.observe(List.of(snapshot(t, j, List.of())), Map.of(), t);
    }

    assertThat(a.current("prod/orders"))
        .filteredOn(d -> d.rules().contains(RestartAccelerationRisk.RULE))
        .singleElement()
        .satisfies(d -> assertThat(d.evidence().get(0)).startsWith("restarts per 10 min: 2 → 8"));
  }

  static ClusterSnapshot snapshot(Instant t, JobObservation j, List<TaskManagerObservation> tms) {
    return new ClusterSnapshot(Obs.cluster("prod", t, "2.2.0", 1, 4, 2, tms), List.of(j));
  }
}
