package dev.flotilla.cli.sim;

import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.cli.support.Since;
import dev.flotilla.sim.FleetSim;
import dev.flotilla.sim.Outage;
import dev.flotilla.sim.SimCluster;
import dev.flotilla.sim.SimOptions;
import dev.flotilla.sim.SimScenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flotilla sim}: serves a seeded simulated fleet over HTTP and writes a flotilla.yaml. */
@Command(
    name = "sim",
    description = {
      "Serve a simulated fleet of Flink clusters over HTTP (Flink REST API, seeded failure"
          + " timeline) and write a flotilla.yaml that watches it.",
      "Then, in another terminal: ./flotilla run --config <that file>.",
      "Runs until the simulated timeline ends or Ctrl-C."
    },
    mixinStandardHelpOptions = true)
public final class SimCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--seed", description = "Seed of the timeline (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--clusters", description = "Clusters (default: ${DEFAULT-VALUE}).")
  int clusters = 10;

  @Option(
      names = {"--jobs-per-cluster", "--jobs"},
      description = "Jobs per cluster (default: ${DEFAULT-VALUE}).")
  int jobsPerCluster = 100;

  @Option(names = "--port", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 8099;

  @Option(
      names = "--speed",
      description = "Simulated seconds per real second; 1 = real time (default: ${DEFAULT-VALUE}).")
  double speed = 1.0;

  @Option(
      names = "--duration",
      converter = Since.class,
      description = "Length of the simulated timeline, at least 60m (default: 6h).")
  Duration duration = Duration.ofHours(6);

  @Option(names = "--threads", description = "HTTP server threads (default: ${DEFAULT-VALUE}).")
  int threads = 4;

  @Option(names = "--truth", paramLabel = "FILE", description = "Write the ground truth as CSV.")
  Optional<Path> truthCsv = Optional.empty();

  @Option(
      names = "--truth-jsonl",
      paramLabel = "FILE",
      description = "Write the ground truth as JSON Lines.")
  Optional<Path> truthJsonl = Optional.empty();

  @Option(
      names = "--write-config",
      paramLabel = "FILE",
      description = "Where to write a flotilla.yaml for this fleet (default: ${DEFAULT-VALUE}).")
  Path configFile = Path.of("flotilla-sim.yaml");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SimOptions options;
    try {
      options =
          new SimOptions(
              clusters,
              jobsPerCluster,
              seed,
              port,
              speed,
              duration,
              Optional.empty(),
              truthCsv,
              truthJsonl,
              threads);
    } catch (IllegalArgumentException e) {
      err.println("flotilla sim: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (duration.toMinutes() < 60) {
      err.println("flotilla sim: --duration must be at least 60m but was " + duration);
      return ExitCodes.USAGE;
    }
    try (FleetSim sim = FleetSim.start(options, Clock.systemUTC())) {
      SimScenario sc = sim.scenario();
      int actualPort = sim.server().port();
      String yaml =
          SimConfigYaml.of(
              sc.clusters().stream().map(SimCluster::name).toList(), actualPort, speed);
      Files.writeString(configFile, yaml);
      out.printf(
          "flotilla sim: %d clusters x %d jobs (seed %d), simulated %s .. %s at %.1fx%n",
          clusters, jobsPerCluster, seed, sc.start(), sc.end(), speed);
      out.println(
          "  base URL: http://127.0.0.1:"
              + actualPort
              + "/<cluster>, e.g. "
              + sim.server().baseUrl(sc.clusters().get(0).name()));
      for (Outage o : sc.outages()) {
        out.printf("  REST outage of %s %s .. %s (%s)%n", o.cluster(), o.from(), o.to(), o.mode());
      }
      truthCsv.ifPresent(p -> out.println("  truth (CSV): " + p));
      truthJsonl.ifPresent(p -> out.println("  truth (JSON Lines): " + p));
      out.println("  wrote " + configFile + "; run: ./flotilla run --config " + configFile);
      out.println("  it starts with:");
      yaml.lines().limit(12).forEach(l -> out.println("    " + l));
      out.flush();
      long realMillis = (long) (sc.duration().toMillis() / speed);
      Thread.sleep(Math.max(0, realMillis));
      out.println("flotilla sim: timeline over, " + sim.server().requestsServed() + " requests");
      return ExitCodes.OK;
    } catch (IOException e) {
      err.println("flotilla sim: cannot write " + configFile + ": " + e.getMessage());
      return ExitCodes.FAILURE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.OK;
    } catch (RuntimeException e) {
      err.println("flotilla sim: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
  }
}
