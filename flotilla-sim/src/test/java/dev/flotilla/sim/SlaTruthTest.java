package dev.flotilla.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.SettableClock;
import dev.flotilla.model.SliState;
import dev.flotilla.sla.InMemorySlaStatePort;
import dev.flotilla.sla.JobContext;
import dev.flotilla.sla.SlaEngine;
import dev.flotilla.sla.SliThresholds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Six simulated hours over 1,000 jobs, driven minute by minute: the SLA engine's intervals must
 * match the simulator's ground truth exactly, through a REST outage and an engine crash.
 */
class SlaTruthTest {
  static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
  static final int MINUTES = 360;
  static final int CRASH_AFTER = 200; // last cycle of the first engine
  static final int RESTART_AT = 205; // first cycle of the rebuilt engine

  /** Engine contexts with the thresholds the simulator's truth uses. */
  static List<JobContext> contexts(SimScenario sc) {
    SimRules r = sc.rules();
    List<JobContext> out = new ArrayList<>();
    for (SimCluster c : sc.clusters()) {
      for (SimJob j : c.jobs()) {
        SliThresholds d = SliThresholds.defaults(j.tier());
        SliThresholds t =
            new SliThresholds(
                r.restartThreshold(),
                r.restartWindow(),
                r.maxCheckpointAge(),
                d.checkpointFailureCycles(),
                d.backpressureMinutes(),
                d.lagMinutes(),
                OptionalDouble.empty(),
                r.grace(),
                d.sloTarget());
        out.add(
            new JobContext(
                j.jobKey(),
                c.name(),
                Optional.of(j.tier()),
                Optional.of(j.owner()),
                false,
                false,
                false,
                t));
      }
    }
    return out;
  }

  @Test
  void engine_sixHoursThousandJobsWithOutageAndCrash_matchesTruthExactly() {
    SimScenario sc =
        ScenarioGenerator.generate(
            ScenarioGenerator.Spec.of(20260302L, 10, 100, START, Duration.ofMinutes(MINUTES)));
    assertThat(sc.jobCount()).isEqualTo(1000);
    Outage outage = sc.outages().get(0);
    assertThat(Duration.between(outage.from(), outage.to())).isEqualTo(Duration.ofMinutes(10));
    SimTruth truth = SimTruth.of(sc);
    List<JobContext> contexts = contexts(sc);
    SimObservations observations = new SimObservations(sc);
    SettableClock clock = new SettableClock(START);
    InMemorySlaStatePort port = new InMemorySlaStatePort();
    SlaEngine engine = new SlaEngine(clock, port);
    List<TruthComparison.Downtime> down = new ArrayList<>();
    for (int m = 0; m <= MINUTES; m++) {
      if (m > CRASH_AFTER && m < RESTART_AT) {
        continue; // Flotilla is down
      }
      if (m == RESTART_AT) {
        // the crash lost everything after the last saved watermark
        down.add(new TruthComparison.Downtime(port.watermark().orElseThrow(), minute(RESTART_AT)));
        engine = new SlaEngine(clock, port);
      }
      Instant at = minute(m).plusSeconds(SimTruth.SAMPLE_SECOND);
      clock.set(at);
      engine.cycle(observations.snapshots(at), contexts);
    }
    assertThat(port.watermark()).contains(minute(MINUTES));
    assertThat(down.get(0).from()).isEqualTo(minute(CRASH_AFTER));

    TruthComparison.Result r =
        TruthComparison.compare(truth, port.all(), START, minute(MINUTES), down);
    System.out.println("SlaTruthTest: " + r.summary());
    assertThat(r.examples()).isEmpty();
    assertThat(r.exact()).isTrue();
    // the scenario must actually exercise every state, or the comparison proves little
    var totals = truth.totals();
    assertThat(totals.get(SliState.NOT_RUNNING)).isGreaterThan(100);
    assertThat(totals.get(SliState.SCHEDULING)).isGreaterThan(100);
    assertThat(totals.get(SliState.RUNNING_ABNORMAL)).isGreaterThan(100);
    assertThat(totals.get(SliState.UNKNOWN)).isGreaterThanOrEqualTo(1000); // 10 min x 100 jobs
    assertThat(r.truthBreachIntervals()).isGreaterThan(100);
    assertThat(r.engineUnknownMinutes()).isGreaterThanOrEqualTo(1000 + 5 * 1000);
    // the fleet report over the same intervals agrees with the comparison
    var report =
        dev.flotilla.sla.report.SlaReport.build(
            port.all(),
            contexts,
            START,
            minute(MINUTES),
            minute(MINUTES),
            dev.flotilla.sla.report.GroupBy.FLEET,
            dev.flotilla.sla.report.SloTargets.defaults());
    var fleet = report.rows().get(0);
    assertThat(fleet.jobs()).isEqualTo(1000);
    assertThat(fleet.breachMinutes()).isEqualTo(r.truthBreachMinutes());
    assertThat((long) fleet.intervals()).isEqualTo(r.truthBreachIntervals());
    assertThat(fleet.unknownMinutes()).isEqualTo(r.truthUnknownMinutes());
    System.out.print(dev.flotilla.sla.report.ReportFormat.table(report));
  }

  static Instant minute(int m) {
    return START.plus(Duration.ofMinutes(m));
  }
}
