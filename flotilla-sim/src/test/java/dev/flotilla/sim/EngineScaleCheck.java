package dev.flotilla.sim;

import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.SettableClock;
import dev.flotilla.sla.InMemorySlaStatePort;
import dev.flotilla.sla.JobContext;
import dev.flotilla.sla.SlaEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: a main that times SLA engine cycles over a simulated fleet (default 200 × 500). Run
 * with the test classpath; see docs/benchmarks/sim.md.
 */
public final class EngineScaleCheck {
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private EngineScaleCheck() {}

  public static void main(String[] args) {
    int clusters = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int minutes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    Instant start = Instant.parse("2026-03-02T00:00:00Z");
    SimScenario sc =
        ScenarioGenerator.generate(
            ScenarioGenerator.Spec.of(3, clusters, jobs, start, Duration.ofHours(6)));
    List<JobContext> ctx = SlaTruthTest.contexts(sc);
    SimObservations obs = new SimObservations(sc);
    SettableClock clock = new SettableClock(start);
    SlaEngine engine = new SlaEngine(clock, new InMemorySlaStatePort());
    for (int m = 0; m < minutes; m++) {
      Instant at = start.plus(Duration.ofMinutes(60 + m)).plusSeconds(30);
      clock.set(at);
      long t0 = System.nanoTime();
      List<ClusterSnapshot> snaps = obs.snapshots(at);
      long t1 = System.nanoTime();
      long c1 = CPU.getCurrentThreadCpuTime();
      var changes = engine.cycle(snaps, ctx);
      long c2 = CPU.getCurrentThreadCpuTime();
      long t2 = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "minute %d: %d jobs, observations %.0f ms, engine cycle %.0f ms"
              + " (%.0f ms CPU), %d opened %d closed%n",
          m,
          sc.jobCount(),
          (t1 - t0) / 1e6,
          (t2 - t1) / 1e6,
          (c2 - c1) / 1e6,
          changes.opened().size(),
          changes.closed().size());
    }
  }
}
