package dev.flotilla.sim;

import dev.flotilla.model.SettableClock;
import dev.flotilla.sim.http.SimServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Serves a large fleet (200 × 500 jobs by default) and measures memory and the requests per second
 * it sustains for {@code /jobs/overview} and {@code /jobs/:id} from a bounded JDK HttpClient load
 * loop on loopback. Options: {@code --clusters= --jobs= --seconds= --clients= --server-threads=}.
 */
public final class SimBenchmark {
  private SimBenchmark() {}

  record Phase(
      String name, long requests, long errors, long bytes, double seconds, long p50us, long p99us) {
    String line() {
      return String.format(
          Locale.ROOT,
          "%-14s %8.0f req/s  %7.1f MB/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests, %d errors, %.0f s)",
          name,
          requests / seconds,
          bytes / seconds / 1e6,
          p50us / 1000.0,
          p99us / 1000.0,
          requests,
          errors,
          seconds);
    }
  }

  public static void main(String[] args) throws Exception {
    int clusters = 200;
    int jobs = 500;
    int seconds = 15;
    int clients = 8;
    int serverThreads = 4;
    for (String a : args) {
      String[] kv = a.replaceFirst("^--", "").split("=", 2);
      int v = Integer.parseInt(kv[1]);
      switch (kv[0]) {
        case "clusters" -> clusters = v;
        case "jobs" -> jobs = v;
        case "seconds" -> seconds = v;
        case "clients" -> clients = v;
        case "server-threads" -> serverThreads = v;
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    Instant start = Instant.parse("2026-03-02T00:00:00Z");
    long t0 = System.nanoTime();
    SimScenario sc =
        ScenarioGenerator.generate(
            ScenarioGenerator.Spec.of(1, clusters, jobs, start, Duration.ofHours(6)));
    double genMs = (System.nanoTime() - t0) / 1e6;
    // a quiet moment: no outage, so every request is answered
    SettableClock clock = new SettableClock(quietMinute(sc));
    try (SimServer server = SimServer.start(sc, clock, 0, serverThreads)) {
      System.out.printf(
          Locale.ROOT,
          "fleet: %d clusters x %d jobs = %d jobs, generated in %.0f ms%n",
          clusters,
          jobs,
          sc.jobCount(),
          genMs);
      System.out.println("memory after start: " + memory());
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(2))
              .build();
      List<SimCluster> cs = sc.clusters();
      Phase overview =
          load(
              http,
              "/jobs/overview",
              clients,
              seconds,
              r -> {
                SimCluster c = cs.get(r.nextInt(cs.size()));
                return server.baseUrl(c.name()) + "/jobs/overview";
              });
      System.out.println(overview.line());
      Phase job =
          load(
              http,
              "/jobs/:id",
              clients,
              seconds,
              r -> {
                SimCluster c = cs.get(r.nextInt(cs.size()));
                SimJob j = c.jobs().get(r.nextInt(c.jobs().size()));
                return server.baseUrl(c.name()) + "/jobs/" + j.jobId();
              });
      System.out.println(job.line());
      System.out.println("memory after load: " + memory());
    }
  }

  static Instant quietMinute(SimScenario sc) {
    Instant t = sc.start().plusSeconds(30);
    while (true) {
      Instant at = t;
      if (sc.outages().stream().noneMatch(o -> o.covers(at))) {
        return t;
      }
      t = t.plus(Duration.ofMinutes(1));
    }
  }

  static Phase load(
      HttpClient http, String name, int clients, int seconds, Function<Random, String> url)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      run(pool, http, clients, 3, url); // warm-up
      long t0 = System.nanoTime();
      List<long[]> results = run(pool, http, clients, seconds, url);
      double elapsed = (System.nanoTime() - t0) / 1e9;
      long req = 0;
      long err = 0;
      long bytes = 0;
      List<Long> lat = new ArrayList<>();
      for (long[] r : results) {
        req += r[0];
        err += r[1];
        bytes += r[2];
        for (int i = 3; i < r.length && r[i] > 0; i++) {
          lat.add(r[i]);
        }
      }
      long[] sorted = lat.stream().mapToLong(Long::longValue).sorted().toArray();
      long p50 = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
      long p99 = sorted.length == 0 ? 0 : sorted[(int) (sorted.length * 0.99)];
      return new Phase(name, req, err, bytes, elapsed, p50, p99);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Each client: {requests, errors, bytes, latency samples (µs)…}. */
  private static List<long[]> run(
      ExecutorService pool, HttpClient http, int clients, int seconds, Function<Random, String> url)
      throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<long[]>> fs = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int seed = c;
      fs.add(
          pool.submit(
              () -> {
                Random r = new Random(seed);
                long[] out = new long[3 + 20_000];
                int sample = 3;
                while (System.nanoTime() < deadline) {
                  long s = System.nanoTime();
                  try {
                    HttpResponse<byte[]> resp =
                        http.send(
                            HttpRequest.newBuilder(URI.create(url.apply(r))).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    out[resp.statusCode() == 200 ? 0 : 1]++;
                    out[2] += resp.body().length;
                  } catch (IOException e) {
                    out[1]++;
                  }
                  if (sample < out.length && (out[0] % 4 == 0)) {
                    out[sample++] = (System.nanoTime() - s) / 1000;
                  }
                }
                return out;
              }));
    }
    List<long[]> res = new ArrayList<>();
    for (Future<long[]> f : fs) {
      res.add(f.get());
    }
    return res;
  }

  static String memory() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heap = (rt.totalMemory() - rt.freeMemory()) / (1 << 20);
    String rss = "?";
    try {
      rss =
          Arrays.stream(Files.readString(Path.of("/proc/self/status")).split("\n"))
              .filter(l -> l.startsWith("VmRSS:"))
              .map(l -> l.replaceAll("\\D+", "") + " kB")
              .findFirst()
              .orElse("?");
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "heap used " + heap + " MB (max " + rt.maxMemory() / (1 << 20) + " MB), RSS " + rss;
  }
}
