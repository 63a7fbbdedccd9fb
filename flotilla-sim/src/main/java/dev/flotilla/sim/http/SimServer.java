package dev.flotilla.sim.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.flotilla.sim.JobView;
import dev.flotilla.sim.Outage;
import dev.flotilla.sim.SimCluster;
import dev.flotilla.sim.SimJob;
import dev.flotilla.sim.SimScenario;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves every cluster of a {@link SimScenario} on one loopback port, each under its own prefix:
 * cluster {@code c017} answers Flink REST paths below {@code http://127.0.0.1:<port>/c017}. Built
 * on the JDK's {@code com.sun.net.httpserver} with a fixed thread pool (no extra dependency).
 * During an outage a cluster's requests are dropped without an answer (RESET) or held and then
 * dropped (HANG).
 */
public final class SimServer implements AutoCloseable {
  /** How long a HANG outage holds a request before dropping it. */
  public static final Duration HANG = Duration.ofSeconds(5);

  static {
    // Without TCP_NODELAY small keep-alive answers wait ~40 ms on Nagle + delayed ACK.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final SimScenario scenario;
  private final Clock clock;
  private final HttpServer server;
  private final ExecutorService workers;
  private final ScheduledExecutorService hangs;
  private final AtomicLong requests = new AtomicLong();

  private SimServer(SimScenario scenario, Clock clock, int port, int threads) throws IOException {
    this.scenario = scenario;
    this.clock = clock;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 4096);
    this.workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "sim-http"));
    this.hangs = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sim-hang"));
    server.createContext("/", this::handle);
    server.setExecutor(workers);
    server.start();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Starts serving; {@code port} 0 picks a free port. Four worker threads. */
  public static SimServer start(SimScenario scenario, Clock clock, int port) {
    return start(scenario, clock, port, 4);
  }

  public static SimServer start(SimScenario scenario, Clock clock, int port, int threads) {
    try {
      return new SimServer(scenario, clock, port, threads);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the simulator on 127.0.0.1:" + port, e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Base URL of one cluster, e.g. {@code http://127.0.0.1:8099/c017}. */
  public String baseUrl(String cluster) {
    if (scenario.cluster(cluster).isEmpty()) {
      throw new IllegalArgumentException("no cluster '" + cluster + "' in the scenario");
    }
    return "http://127.0.0.1:" + port() + "/" + cluster;
  }

  public long requestsServed() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
    hangs.shutdownNow();
  }

  private void handle(HttpExchange ex) {
    try {
      requests.incrementAndGet();
      String path = ex.getRequestURI().getRawPath();
      List<String> parts =
          Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(SimServer::decode).toList();
      Optional<SimCluster> cluster =
          parts.isEmpty() ? Optional.empty() : scenario.cluster(parts.get(0));
      if (cluster.isEmpty()) {
        send(ex, 404, FlinkJson.errors("Not found: " + path));
        return;
      }
      Instant now = clock.instant();
      Optional<Outage> outage = scenario.outageAt(cluster.get().name(), now);
      if (outage.isPresent()) {
        if (outage.get().mode() == Outage.Mode.HANG) {
          hangs.schedule(ex::close, HANG.toMillis(), TimeUnit.MILLISECONDS);
        } else {
          ex.close();
        }
        return;
      }
      if (!"GET".equals(ex.getRequestMethod())) {
        send(ex, 405, FlinkJson.errors("Request method " + ex.getRequestMethod() + " not allowed"));
        return;
      }
      Route r = route(cluster.get(), parts.subList(1, parts.size()), query(ex), now);
      send(ex, r.status(), r.body());
    } catch (RuntimeException e) {
      send(ex, 500, FlinkJson.errors("Internal server error: " + e));
    }
  }

  record Route(int status, String body) {}

  private Route route(SimCluster c, List<String> p, List<String> get, Instant now) {
    int n = p.size();
    if (n == 1 && p.get(0).equals("overview")) {
      return ok(FlinkJson.overview(c, scenario.model(), now));
    }
    if (n == 1 && p.get(0).equals("config")) {
      return ok(FlinkJson.config(c));
    }
    if (n == 1 && p.get(0).equals("taskmanagers")) {
      return ok(FlinkJson.taskmanagers(c, now));
    }
    if (n == 3 && p.get(0).equals("taskmanagers") && p.get(2).equals("metrics")) {
      return ok(FlinkJson.tmMetrics(get, now));
    }
    if (n == 2 && p.get(0).equals("jobs") && p.get(1).equals("overview")) {
      return ok(FlinkJson.jobsOverview(c, scenario.model(), now));
    }
    if (n >= 2 && p.get(0).equals("jobs")) {
      Optional<SimJob> job = scenario.job(c.name(), p.get(1));
      if (job.isEmpty()) {
        return new Route(
            404,
            FlinkJson.errors(
                "org.apache.flink.runtime.rest.NotFoundException: "
                    + "Job "
                    + p.get(1)
                    + " not found"));
      }
      JobView v = scenario.model().view(job.get(), now);
      List<String> rest = p.subList(2, n);
      if (rest.isEmpty()) {
        return ok(FlinkJson.job(c, v));
      }
      switch (String.join("/", rest)) {
        case "exceptions":
          return ok(FlinkJson.exceptions(c, v));
        case "checkpoints":
          return ok(FlinkJson.checkpoints(v));
        case "checkpoints/config":
          return ok(FlinkJson.checkpointConfig());
        case "metrics":
          return ok(FlinkJson.jobMetrics(v, get));
        default:
          break;
      }
      if (rest.size() >= 3 && rest.get(0).equals("vertices")) {
        int vertex = job.get().vertexIds().indexOf(rest.get(1));
        if (vertex < 0) {
          return new Route(404, FlinkJson.errors("Vertex " + rest.get(1) + " not found"));
        }
        String tail = String.join("/", rest.subList(2, rest.size()));
        if (tail.equals("backpressure")) {
          return ok(FlinkJson.backpressure(v));
        }
        if (tail.equals("subtasks/metrics")) {
          return ok(FlinkJson.subtaskMetrics(v, vertex, get));
        }
      }
    }
    return new Route(
        404, FlinkJson.errors("Unable to load requested file /" + String.join("/", p) + "."));
  }

  private static Route ok(String body) {
    return new Route(200, body);
  }

  private static List<String> query(HttpExchange ex) {
    String q = ex.getRequestURI().getRawQuery();
    if (q == null) {
      return List.of();
    }
    for (String kv : q.split("&")) {
      if (kv.startsWith("get=")) {
        return Arrays.stream(decode(kv.substring(4)).split(",")).filter(s -> !s.isBlank()).toList();
      }
    }
    return List.of();
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange ex, int status, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = ex.getResponseBody()) {
      ex.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
      ex.sendResponseHeaders(status, bytes.length);
      out.write(bytes);
    } catch (IOException e) {
      // client went away; nothing to do
    } finally {
      ex.close();
    }
  }
}
