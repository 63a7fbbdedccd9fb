package dev.flotilla.sla;

import static dev.flotilla.sla.Obs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobState;
import dev.flotilla.model.SettableClock;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaEngineTest {
  private final SettableClock clock = new SettableClock(T0);
  private final InMemorySlaStatePort port = new InMemorySlaStatePort();
  private final JobContext job = JobContext.managed("job", "c1", Tier.P1, "team");

  private static Instant min(int m) {
    return T0.plusSeconds(60L * m);
  }

  /** Sets the clock to {@code m:30} and runs a cycle seeing the job in {@code state}. */
  private SlaChanges cycleAt(SlaEngine engine, int m, JobState state) {
    Instant at = min(m).plusSeconds(30);
    clock.set(at);
    return engine.cycle(
        List.of(Obs.snapshot("c1", at, Obs.of(state).at(at).build())), List.of(job));
  }

  @Test
  void cycle_firstCycle_setsWatermarkWithoutFinalizing() {
    SlaEngine e = new SlaEngine(clock, port);
    SlaChanges c = cycleAt(e, 0, JobState.FAILED);
    assertThat(c.isEmpty()).isTrue();
    assertThat(c.watermark()).isEqualTo(min(0));
    assertThat(port.watermark()).contains(min(0));
  }

  @Test
  void cycle_failedThenRunning_oneClosedNotRunningInterval() {
    SlaEngine e = new SlaEngine(clock, port);
    cycleAt(e, 0, JobState.RUNNING);
    cycleAt(e, 1, JobState.FAILED);
    SlaChanges opened = cycleAt(e, 2, JobState.FAILED);
    assertThat(opened.opened())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.state()).isEqualTo(SliState.NOT_RUNNING);
              assertThat(i.start()).isEqualTo(min(1));
              assertThat(i.tier()).contains(Tier.P1);
            });
    cycleAt(e, 3, JobState.RUNNING);
    SlaChanges closed = cycleAt(e, 4, JobState.RUNNING);
    assertThat(closed.closed())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.end()).contains(min(3));
              assertThat(i.minutes(min(99))).isEqualTo(2);
            });
    assertThat(e.openIntervals()).isEmpty();
  }

  @Test
  void cycle_severalObservationsInOneMinute_worstStateWins() {
    SlaEngine e = new SlaEngine(clock, port);
    cycleAt(e, 0, JobState.RUNNING);
    clock.set(min(1).plusSeconds(5));
    e.cycle(
        List.of(Obs.snapshot("c1", clock.instant(), Obs.running().at(clock.instant()).build())),
        List.of(job));
    clock.set(min(1).plusSeconds(40));
    e.cycle(
        List.of(
            Obs.snapshot(
                "c1", clock.instant(), Obs.of(JobState.FAILED).at(clock.instant()).build())),
        List.of(job));
    clock.set(min(1).plusSeconds(50));
    e.cycle(
        List.of(Obs.snapshot("c1", clock.instant(), Obs.running().at(clock.instant()).build())),
        List.of(job));
    assertThat(cycleAt(e, 2, JobState.RUNNING).opened()).hasSize(1);
    SlaChanges c = cycleAt(e, 3, JobState.RUNNING);
    assertThat(c.closed())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.state()).isEqualTo(SliState.NOT_RUNNING);
              assertThat(i.start()).isEqualTo(min(1));
              assertThat(i.end()).contains(min(2));
            });
  }

  @Test
  void cycle_skippedMinutes_areUnknownNeverHealthy() {
    SlaEngine e = new SlaEngine(clock, port);
    cycleAt(e, 0, JobState.RUNNING);
    cycleAt(e, 1, JobState.RUNNING);
    cycleAt(e, 5, JobState.RUNNING); // minutes 2..4 not observed
    SlaChanges c = cycleAt(e, 6, JobState.RUNNING);
    assertThat(c.closed())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.state()).isEqualTo(SliState.UNKNOWN);
              assertThat(i.start()).isEqualTo(min(2));
              assertThat(i.end()).contains(min(5));
            });
  }

  @Test
  void cycle_sameMinuteFedTwice_changesNothing() {
    SlaEngine e = new SlaEngine(clock, port);
    cycleAt(e, 0, JobState.RUNNING);
    cycleAt(e, 1, JobState.FAILED);
    SlaChanges first = cycleAt(e, 2, JobState.FAILED);
    int saves = port.saves();
    SlaChanges again = cycleAt(e, 2, JobState.FAILED);
    assertThat(first.opened()).hasSize(1);
    assertThat(again.isEmpty()).isTrue();
    assertThat(port.saves()).isEqualTo(saves);
    assertThat(port.all()).hasSize(1);
  }

  @Test
  void restore_afterCrash_downtimeBecomesUnknownWithoutDoubleCounting() {
    SlaEngine before = new SlaEngine(clock, port);
    cycleAt(before, 0, JobState.RUNNING);
    for (int m = 1; m <= 4; m++) {
      cycleAt(before, m, JobState.FAILED);
    }
    // crash after 04:30; minute 4 was never finalized. Back at 08:30.
    SlaEngine after = new SlaEngine(clock, port);
    assertThat(after.openIntervals()).containsKey("job");
    cycleAt(after, 8, JobState.FAILED);
    cycleAt(after, 9, JobState.FAILED);
    List<SliInterval> all = port.all();
    assertThat(all)
        .extracting(SliInterval::state, SliInterval::start, SliInterval::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SliState.NOT_RUNNING, min(1), Optional.of(min(4))),
            org.assertj.core.groups.Tuple.tuple(SliState.UNKNOWN, min(4), Optional.of(min(8))),
            org.assertj.core.groups.Tuple.tuple(SliState.NOT_RUNNING, min(8), Optional.empty()));
  }

  @Test
  void cycle_clusterUnreachable_unknownIntervalNotBreach() {
    SlaEngine e = new SlaEngine(clock, port);
    cycleAt(e, 0, JobState.RUNNING);
    clock.set(min(1).plusSeconds(30));
    e.cycle(List.of(Obs.unreachable("c1", clock.instant())), List.of(job));
    SlaChanges c = cycleAt(e, 2, JobState.RUNNING);
    assertThat(c.opened())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.state()).isEqualTo(SliState.UNKNOWN);
              assertThat(i.reasons()).containsExactly("CLUSTER_UNREACHABLE");
            });
  }

  @Test
  void cycle_observedJobWithoutContext_usesClusterSlashNameKey() {
    SlaEngine e = new SlaEngine(clock, port);
    for (int m = 0; m < 3; m++) {
      Instant at = min(m).plusSeconds(30);
      clock.set(at);
      ClusterSnapshot s =
          Obs.snapshot("c9", at, Obs.of(JobState.FAILED).name("etl").at(at).build());
      e.cycle(List.of(s), List.of());
    }
    assertThat(e.openIntervals()).containsOnlyKeys("c9/etl");
    assertThat(e.openIntervals().get("c9/etl").cluster()).isEqualTo("c9");
  }

  @Test
  void cycle_resubmittedJobWithOldFailedRun_usesTheLiveRun() {
    SlaEngine e = new SlaEngine(clock, port);
    for (int m = 0; m < 3; m++) {
      Instant at = min(m).plusSeconds(30);
      clock.set(at);
      var old = Obs.of(JobState.FAILED).at(at).start(T0.minus(Duration.ofHours(2))).build();
      var live = Obs.running().at(at).start(T0.minus(Duration.ofHours(1))).build();
      e.cycle(List.of(Obs.snapshot("c1", at, old, live)), List.of(job));
    }
    assertThat(port.all()).isEmpty();
    assertThat(e.lastMinute("job").map(SliMinute::state)).contains(SliState.RUNNING_NORMAL);
  }

  @Test
  void cycle_managedJobMissing_notRunning() {
    SlaEngine e = new SlaEngine(clock, port);
    for (int m = 0; m < 3; m++) {
      Instant at = min(m).plusSeconds(30);
      clock.set(at);
      e.cycle(List.of(Obs.snapshot("c1", at)), List.of(job));
    }
    assertThat(e.openIntervals().get("job").reasons()).containsExactly("MISSING");
  }
}
