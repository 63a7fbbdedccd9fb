package dev.flotilla.cli.run;

import dev.flotilla.app.FlotillaService;
import dev.flotilla.app.loop.CycleReport;
import dev.flotilla.cli.support.ConfigFile;
import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.cli.support.Since;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.store.StoreException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flotilla run}: the control loop and the HTTP server, until Ctrl-C or --duration. */
@Command(
    name = "run",
    aliases = "serve",
    description = {
      "Run Flotilla: poll every cluster each cycle, compute the SLA, store it, serve the API,"
          + " dashboard and /metrics.",
      "Stops cleanly on Ctrl-C or after --duration."
    },
    mixinStandardHelpOptions = true)
public final class RunCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private ConfigFile configFile;

  @Option(
      names = "--duration",
      paramLabel = "DURATION",
      converter = Since.class,
      description = "Stop after this long (e.g. 10m); default: run until Ctrl-C.")
  private Optional<Duration> duration = Optional.empty();

  @Option(names = "--quiet", description = "No line per cycle.")
  private boolean quiet;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<FlotillaConfig> config = configFile.load(err);
    if (config.isEmpty()) {
      return ExitCodes.USAGE;
    }
    FlotillaService service;
    try {
      service =
          FlotillaService.start(
              config.get(),
              Clock.systemUTC(),
              r -> {
                if (!quiet) {
                  out.println(CycleLine.of(r));
                  out.flush();
                }
              });
    } catch (StoreException e) {
      err.println("flotilla: " + e.getMessage());
      return ExitCodes.UNREACHABLE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              service.close();
              stopped.countDown();
            },
            "flotilla-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.printf(
        "Flotilla is running: API and dashboard at %s, metrics at %smetrics%n",
        service.url(), service.url());
    out.flush();
    if (duration.isPresent()) {
      stopped.await(duration.get().toMillis(), TimeUnit.MILLISECONDS);
      Runtime.getRuntime().removeShutdownHook(hook);
      service.close();
      out.println("Flotilla stopped after " + duration.get());
    } else {
      stopped.await();
    }
    return ExitCodes.OK;
  }

  /** One line of live status per cycle. */
  static final class CycleLine {
    private CycleLine() {}

    static String of(CycleReport r) {
      long unreachable = r.snapshots().stream().filter(s -> !s.cluster().reachable()).count();
      return String.format(
          "%s cycle: %d cluster(s)%s, %d job(s), SLA intervals +%d opened / %d closed, %d row(s)"
              + " written, %d ms",
          r.startedAt().toString().substring(11, 19),
          r.snapshots().size(),
          unreachable > 0 ? " (" + unreachable + " UNREACHABLE)" : "",
          r.jobCount(),
          r.slaChanges().opened().size(),
          r.slaChanges().closed().size(),
          r.jobRowsWritten(),
          r.took().toMillis());
    }
  }
}
