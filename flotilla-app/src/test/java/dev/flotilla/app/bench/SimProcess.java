package dev.flotilla.app.bench;

import dev.flotilla.sim.FleetSim;
import dev.flotilla.sim.SimOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The simulator as its own process for {@link ScaleBenchmark}: {@code clusters jobs seed speed
 * minutes startEpochSecond threads}. Prints {@code READY <port> <simulated now in ms>} once it
 * serves, then serves until killed.
 */
public final class SimProcess {
  private SimProcess() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 7) {
      throw new IllegalArgumentException(
          "usage: SimProcess clusters jobs seed speed minutes startEpochSecond threads");
    }
    SimOptions o =
        new SimOptions(
            Integer.parseInt(args[0]),
            Integer.parseInt(args[1]),
            Long.parseLong(args[2]),
            0,
            Double.parseDouble(args[3]),
            Duration.ofMinutes(Long.parseLong(args[4])),
            Optional.of(Instant.ofEpochSecond(Long.parseLong(args[5]))),
            Optional.empty(),
            Optional.empty(),
            Integer.parseInt(args[6]));
    FleetSim sim = FleetSim.start(o, Clock.systemUTC());
    Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
    System.out.println("READY " + sim.server().port() + " " + sim.clock().millis());
    System.out.flush();
    Thread.currentThread().join();
  }
}
