package dev.flotilla.app;

import dev.flotilla.app.loop.CycleReport;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.server.FlotillaServer;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flotilla as a long-running service: the control loop on a fixed schedule plus the HTTP server
 * (API, dashboard, /metrics). Used by {@code flotilla run} and {@code flotilla demo}.
 */
public final class FlotillaService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FlotillaService.class);

  private final FlotillaRuntime runtime;
  private final FlotillaServer server;
  private final ScheduledExecutorService loop;
  private final AtomicReference<CycleReport> last = new AtomicReference<>();

  private FlotillaService(
      FlotillaRuntime runtime, FlotillaServer server, ScheduledExecutorService loop) {
    this.runtime = runtime;
    this.server = server;
    this.loop = loop;
  }

  /**
   * Starts the server and schedules a cycle every {@code collector.poll-interval}.
   *
   * @param onCycle called after every cycle (for a live view); exceptions in it are logged
   */
  public static FlotillaService start(
      FlotillaConfig config, Clock clock, Consumer<CycleReport> onCycle) {
    Objects.requireNonNull(onCycle);
    FlotillaRuntime runtime = FlotillaRuntime.start(config, clock);
    FlotillaServer server;
    try {
      server = ServerWiring.start(runtime);
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
    ScheduledExecutorService loop =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "flotilla-loop");
              t.setDaemon(true);
              return t;
            });
    FlotillaService service = new FlotillaService(runtime, server, loop);
    long periodMs = config.collector().pollInterval().toMillis();
    loop.scheduleWithFixedDelay(() -> service.cycle(onCycle), 0, periodMs, TimeUnit.MILLISECONDS);
    return service;
  }

  private void cycle(Consumer<CycleReport> onCycle) {
    try {
      CycleReport report = runtime.runCycle();
      last.set(report);
      server.cycleCompleted(); // the fleet overview is recomputed in the background
      onCycle.accept(report);
    } catch (RuntimeException e) {
      // A failed cycle must not stop the loop: the next one retries; the SLA engine turns the
      // missed minutes into UNKNOWN, never into healthy ones.
      LOG.error("control-loop cycle failed: {}", e.toString(), e);
    }
  }

  public URI url() {
    return URI.create("http://" + runtime.config().server().bind() + ":" + server.port() + "/");
  }

  public FlotillaRuntime runtime() {
    return runtime;
  }

  /** Health summary for /api/v1/health. */
  static Map<String, Object> health(FlotillaRuntime runtime) {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("status", "ok");
    h.put("clusters", runtime.config().clusters().size());
    h.put("managedJobs", runtime.config().jobs().size());
    return h;
  }

  @Override
  public void close() {
    loop.shutdownNow();
    try {
      loop.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.close();
    runtime.close();
  }
}
