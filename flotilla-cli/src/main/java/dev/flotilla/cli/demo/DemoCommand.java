package dev.flotilla.cli.demo;

import dev.flotilla.app.FlotillaService;
import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.cli.support.Since;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.load.ConfigLoader;
import dev.flotilla.lab.ClusterSpec;
import dev.flotilla.lab.FaultJobJar;
import dev.flotilla.lab.FlinkLab;
import dev.flotilla.lab.LabCluster;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flotilla demo}: real local Flink clusters on two versions, a small fleet of managed jobs
 * (some with faults that start after a minute), and Flotilla's loop with a live view and the
 * dashboard URL. Everything it starts is stopped by PID on Ctrl-C or after --duration.
 */
@Command(
    name = "demo",
    description = {
      "Start 3 real local Flink clusters (2.3.0, 2.3.0, 1.20.3), submit 7 jobs (4 get a fault"
          + " after --fault-after), run Flotilla on them with a live view and the dashboard.",
      "First run downloads the Flink jars from Maven Central (cached in ~/.m2). Needs ~3 GB RAM.",
      "Stops cleanly on Ctrl-C or after --duration; every process it started is stopped by PID."
    },
    mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--duration",
      paramLabel = "DURATION",
      converter = Since.class,
      description = "Stop after this long (e.g. 10m); default: until Ctrl-C.")
  private Optional<Duration> duration = Optional.empty();

  @Option(
      names = "--fault-after",
      paramLabel = "DURATION",
      converter = Since.class,
      description = "When the faulty jobs start failing (default: 60s).")
  private Duration faultAfter = Duration.ofSeconds(60);

  @Option(
      names = "--port",
      description = "Dashboard/API port (default: 8080, or a free port if 8080 is taken).")
  private int port = 8080;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Work directory for the lab, config and store (default: ./.flotilla/demo).")
  private Path dir = Path.of(".flotilla", "demo");

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path work = dir.toAbsolutePath();
    say(out, "Flotilla demo — work directory " + work);
    say(out, "Starting 3 Flink clusters (first run downloads Flink from Maven Central)…");
    try (FlinkLab lab = FlinkLab.open(work.resolve("lab"), line -> say(out, "  lab: " + line))) {
      Map<String, LabCluster> clusters = new LinkedHashMap<>();
      for (ClusterSpec spec : DemoFleet.clusters()) {
        say(out, "  starting " + spec.name() + " (Flink " + spec.flinkVersion() + ")…");
        LabCluster c = lab.start(spec);
        clusters.put(c.name(), c);
        say(
            out,
            "  "
                + c.name()
                + " is up at "
                + c.restUrl()
                + " in "
                + c.startupTime().toMillis()
                + " ms");
      }
      Path jar = FaultJobJar.locate();
      var jobs = DemoFleet.jobs(faultAfter.toSeconds());
      say(
          out,
          "Submitting "
              + jobs.size()
              + " jobs ("
              + faultAfter.toSeconds()
              + " s until 4 of them start failing)…");
      Map<String, String> jarIds = new HashMap<>();
      for (DemoFleet.DemoJob j : jobs) {
        LabCluster c = clusters.get(j.cluster());
        String jarId = jarIds.computeIfAbsent(c.name(), k -> lab.jobs().uploadJar(c, jar));
        String id = lab.jobs().run(c, jarId, j.args(), j.parallelism(), Optional.empty());
        say(
            out,
            "  "
                + j.args().name()
                + " ("
                + j.args().fault()
                + ", "
                + j.tier()
                + ") on "
                + c.name()
                + ": "
                + id);
      }
      Path config = DemoConfig.write(work, clusters, jobs, jar, freePort(port));
      FlotillaConfig cfg = ConfigLoader.load(config).orElseThrow();
      LiveView view = new LiveView(out);
      try (FlotillaService service = FlotillaService.start(cfg, Clock.systemUTC(), view::show)) {
        say(
            out,
            "Flotilla is running. Dashboard and API: "
                + service.url()
                + "   metrics: "
                + service.url()
                + "metrics");
        say(out, "Config: " + config + "   (try: ./flotilla sla --config " + config + " --by job)");
        say(
            out,
            duration
                .map(d -> "Stopping after " + d + "; Ctrl-C stops earlier.")
                .orElse("Ctrl-C stops everything."));
        waitForStop(duration);
        say(out, "Stopping Flotilla and the Flink clusters…");
      }
    }
    say(out, "Demo stopped; every process it started has been stopped.");
    return ExitCodes.OK;
  }

  private static void waitForStop(Optional<Duration> duration) throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    Thread main = Thread.currentThread();
    Thread hook =
        new Thread(
            () -> {
              interrupted.countDown();
              try {
                main.join(30_000); // let the try-with-resources above stop everything
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "flotilla-demo-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    if (duration.isPresent()) {
      interrupted.await(duration.get().toMillis(), TimeUnit.MILLISECONDS);
    } else {
      interrupted.await();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C: the JVM is already shutting down; the hook waits for us to finish closing.
    }
  }

  private static int freePort(int preferred) {
    try (ServerSocket s = new ServerSocket(preferred)) {
      return preferred;
    } catch (Exception taken) {
      return 0;
    }
  }

  private static void say(PrintWriter out, String line) {
    out.println(line);
    out.flush();
  }
}
