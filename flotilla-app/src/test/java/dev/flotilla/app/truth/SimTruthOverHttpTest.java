package dev.flotilla.app.truth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.app.FlotillaRuntime;
import dev.flotilla.app.bench.SimFleetYaml;
import dev.flotilla.app.loop.CycleReport;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.model.SettableClock;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import dev.flotilla.sim.Outage;
import dev.flotilla.sim.ScenarioGenerator;
import dev.flotilla.sim.SimCluster;
import dev.flotilla.sim.SimRules;
import dev.flotilla.sim.SimScenario;
import dev.flotilla.sim.SimTruth;
import dev.flotilla.sim.TruthComparison;
import dev.flotilla.sim.http.SimServer;
import dev.flotilla.store.SliIntervalRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flotilla's real loop (HTTP collector, SLA engine, SQLite store) against the simulator over real
 * HTTP, minute by minute: per-job breach minutes and interval counts must equal the simulator's
 * ground truth exactly, through a 10-minute REST outage of one cluster and a Flotilla restart.
 *
 * <p>Every job is detailed every cycle ({@code detail-every: 1}): the SLI rules judge restart rate
 * and checkpoint age from details only, so a job not detailed in a cycle could not be judged
 * exactly. The length of the timeline is {@code -Dflotilla.truth.minutes} (default {@value
 * #DEFAULT_MINUTES}).
 */
class SimTruthOverHttpTest {
  static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
  static final int DEFAULT_MINUTES = 60;
  static final long SEED = 20260302L;

  @TempDir Path dir;

  /** Observed jobs get the P2 defaults (15 min checkpoint age); the truth must use the same. */
  static SimScenario scenario(int minutes) {
    SimScenario generated =
        ScenarioGenerator.generate(
            new ScenarioGenerator.Spec(
                SEED, 10, 100, START, Duration.ofMinutes(minutes), 0.2, 0.1, 0.15, 1, 1));
    SimRules d = SimRules.defaults();
    SimRules p2 =
        new SimRules(d.restartThreshold(), d.restartWindow(), Duration.ofMinutes(15), d.grace());
    return new SimScenario(
        generated.seed(),
        generated.start(),
        generated.duration(),
        p2,
        generated.clusters(),
        generated.outages());
  }

  @Test
  void runCycle_overHttpWithOutageAndRestart_matchesTruthExactly() throws Exception {
    int minutes = Integer.getInteger("flotilla.truth.minutes", DEFAULT_MINUTES);
    SimScenario sc = scenario(minutes);
    assertThat(sc.jobCount()).isEqualTo(1000);
    Outage outage = sc.outages().get(0);
    assertThat(Duration.between(outage.from(), outage.to())).isEqualTo(Duration.ofMinutes(10));
    int outageAt = (int) Duration.between(START, outage.from()).toMinutes();
    // the restart lies away from the outage, so each is seen on its own
    int crashAfter = outageAt > minutes / 2 ? minutes / 4 : (minutes * 3) / 4;
    int restartAt = crashAfter + 4;
    SimTruth truth = SimTruth.of(sc);
    SettableClock clock = new SettableClock(START);
    List<TruthComparison.Downtime> down = new ArrayList<>();
    long cycleNanos = 0;
    try (SimServer server = SimServer.start(sc, clock, 0, 4)) {
      FlotillaConfig config =
          SimFleetYaml.config(
              SimFleetYaml.yaml(
                  sc.clusters().stream().map(SimCluster::name).toList(),
                  server.port(),
                  dir.resolve("flotilla.db"),
                  Duration.ofSeconds(60),
                  1,
                  Duration.ofSeconds(30)));
      FlotillaRuntime runtime = FlotillaRuntime.start(config, clock);
      try {
        for (int m = 0; m <= minutes; m++) {
          if (m > crashAfter && m < restartAt) {
            continue; // Flotilla is down
          }
          if (m == restartAt) {
            Instant lastSaved = runtime.store().sli().watermark().orElseThrow();
            runtime.close();
            down.add(new TruthComparison.Downtime(lastSaved, minute(restartAt)));
            runtime = FlotillaRuntime.start(config, clock);
          }
          clock.set(minute(m).plusSeconds(SimTruth.SAMPLE_SECOND));
          long t0 = System.nanoTime();
          CycleReport report = runtime.runCycle();
          cycleNanos += System.nanoTime() - t0;
          assertThat(report.snapshots()).hasSize(10);
        }
        assertThat(runtime.store().sli().watermark()).contains(minute(minutes));
        List<SliInterval> stored =
            runtime.store().sli().intervals(START, minute(minutes), Optional.empty()).stream()
                .map(SliIntervalRow::interval)
                .toList();
        TruthComparison.Result r =
            TruthComparison.compare(truth, stored, START, minute(minutes), down);
        System.out.printf(
            "SimTruthOverHttpTest: %d min x %d jobs, %d requests, mean cycle %.0f ms; %s%n",
            minutes,
            sc.jobCount(),
            server.requestsServed(),
            cycleNanos / 1e6 / (minutes + 1 - (restartAt - crashAfter - 1)),
            r.summary());
        assertThat(r.examples()).isEmpty();
        assertThat(r.exact()).isTrue();
        assertThat(down.get(0).from()).isEqualTo(minute(crashAfter));
        var totals = truth.totals();
        assertThat(totals.get(SliState.NOT_RUNNING)).isGreaterThan(10);
        assertThat(totals.get(SliState.SCHEDULING)).isGreaterThan(10);
        assertThat(totals.get(SliState.RUNNING_ABNORMAL)).isGreaterThan(10);
        assertThat(totals.get(SliState.UNKNOWN)).isEqualTo(10L * 100); // the outage only
        assertThat(r.truthBreachIntervals()).isGreaterThan(20);
        // the outage (10 min x 100 jobs) and the restart gap (3 min x 1,000 jobs) are UNKNOWN
        long gap = Duration.between(down.get(0).from(), down.get(0).to()).toMinutes();
        assertThat(gap).isEqualTo(restartAt - crashAfter - 1 + 1);
        assertThat(r.engineUnknownMinutes()).isEqualTo(10L * 100 + gap * 1000);
      } finally {
        runtime.close();
      }
    }
  }

  static Instant minute(int m) {
    return START.plus(Duration.ofMinutes(m));
  }
}
