package dev.flotilla.sim;

import dev.flotilla.sim.http.SimServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/** {@code flotilla sim}: generates a scenario, serves it over HTTP, writes the ground truth. */
public final class FleetSim implements AutoCloseable {
  private final SimScenario scenario;
  private final Clock clock;
  private final SimServer server;

  private FleetSim(SimScenario scenario, Clock clock, SimServer server) {
    this.scenario = scenario;
    this.clock = clock;
    this.server = server;
  }

  /** Starts serving (non-blocking). Simulated time runs from the scenario start at the speed. */
  public static FleetSim start(SimOptions o, Clock wall) {
    Instant start = o.startOr(wall.instant());
    SimScenario sc =
        ScenarioGenerator.generate(
            ScenarioGenerator.Spec.of(
                o.seed(), o.clusters(), o.jobsPerCluster(), start, o.duration()));
    o.truthCsv().ifPresent(p -> write(p, w -> SimTruth.of(sc).writeCsv(w)));
    o.truthJsonl().ifPresent(p -> write(p, w -> SimTruth.of(sc).writeJsonl(w)));
    Clock clock = new AcceleratedClock(start, o.speed(), wall);
    return new FleetSim(sc, clock, SimServer.start(sc, clock, o.port(), o.threads()));
  }

  private static void write(Path p, Consumer<Writer> body) {
    try (Writer w = Files.newBufferedWriter(p)) {
      body.accept(w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the truth to " + p, e);
    }
  }

  /** Serves until the simulated scenario ends (or the thread is interrupted); returns 0. */
  public static int run(SimOptions o, PrintStream out) {
    try (FleetSim sim = start(o, Clock.systemUTC())) {
      SimScenario sc = sim.scenario();
      out.printf(
          "flotilla sim: %d clusters x %d jobs (seed %d) on port %d, %s .. %s at %.1fx%n",
          o.clusters(),
          o.jobsPerCluster(),
          o.seed(),
          sim.server().port(),
          sc.start(),
          sc.end(),
          o.speed());
      out.println(
          "  cluster c000 at "
              + sim.server().baseUrl(sc.clusters().get(0).name())
              + " (… up to "
              + sc.clusters().get(sc.clusters().size() - 1).name()
              + ")");
      for (Outage outage : sc.outages()) {
        out.println(
            "  outage "
                + outage.cluster()
                + " "
                + outage.from()
                + " .. "
                + outage.to()
                + " "
                + outage.mode());
      }
      long realMillis = (long) (sc.duration().toMillis() / o.speed());
      Thread.sleep(Math.max(0, realMillis));
      out.println("flotilla sim: scenario over, " + sim.server().requestsServed() + " requests");
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  public SimScenario scenario() {
    return scenario;
  }

  public Clock clock() {
    return clock;
  }

  public SimServer server() {
    return server;
  }

  @Override
  public void close() {
    server.close();
  }

  /** {@code --clusters=N --jobs=N --seed=N --port=N --speed=X --minutes=N --truth-csv=PATH}. */
  public static void main(String[] args) {
    SimOptions d = SimOptions.defaults();
    int clusters = d.clusters();
    int jobs = d.jobsPerCluster();
    long seed = d.seed();
    int port = d.port();
    double speed = d.speed();
    Duration duration = d.duration();
    Optional<Path> csv = Optional.empty();
    for (String a : args) {
      String[] kv = a.replaceFirst("^--", "").split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("expected --key=value but got '" + a + "'");
      }
      switch (kv[0]) {
        case "clusters" -> clusters = Integer.parseInt(kv[1]);
        case "jobs" -> jobs = Integer.parseInt(kv[1]);
        case "seed" -> seed = Long.parseLong(kv[1]);
        case "port" -> port = Integer.parseInt(kv[1]);
        case "speed" -> speed = Double.parseDouble(kv[1]);
        case "minutes" -> duration = Duration.ofMinutes(Long.parseLong(kv[1]));
        case "truth-csv" -> csv = Optional.of(Path.of(kv[1]));
        default -> throw new IllegalArgumentException("unknown option --" + kv[0]);
      }
    }
    System.exit(
        run(
            new SimOptions(
                clusters,
                jobs,
                seed,
                port,
                speed,
                duration,
                Optional.empty(),
                csv,
                Optional.empty(),
                d.threads()),
            System.out));
  }
}
