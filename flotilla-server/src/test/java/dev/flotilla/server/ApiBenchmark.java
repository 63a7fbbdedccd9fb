package dev.flotilla.server;

import dev.flotilla.config.ApiToken;
import dev.flotilla.config.Role;
import dev.flotilla.config.ServerSettings;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import dev.flotilla.sla.report.SloTargets;
import dev.flotilla.store.DiagnosisRow;
import dev.flotilla.store.JobRow;
import dev.flotilla.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load benchmark of the API: a SQLite store with 100,000 jobs on 200 clusters (2 % of them with an
 * open interval, 5,000 closed intervals, 1,000 diagnoses), the real server on loopback, and a
 * fixed-rate open-loop client (JDK HttpClient, at most 64 requests in flight). Latency is measured
 * from each request's scheduled start, so a stall shows up in the tail instead of slowing the load.
 *
 * <p>Args: [rate per second, default 50] [seconds, default 60] [jobs, default 100000] [overview
 * refresh period in seconds, default 60 = one control-loop cycle].
 */
public final class ApiBenchmark {
  private static final String SECRET = "bench-viewer-secret";
  private static final int MAX_IN_FLIGHT = 64;

  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int jobs = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    int refresh = args.length > 3 ? Integer.parseInt(args[3]) : 60;
    Path dir = Files.createTempDirectory("flotilla-api-bench");
    Instant now = Instant.now();
    try (Store store =
        Store.open(
            "jdbc:sqlite:" + dir.resolve("bench.db"), Optional.empty(), Optional.empty(), 1)) {
      long t0 = System.nanoTime();
      fill(store, jobs, now);
      System.out.printf(Locale.ROOT, "filled %d jobs in %d ms%n", jobs, ms(t0));
      var deps =
          new FlotillaServer.Deps(
              store,
              new ServerSettings(
                  0, "127.0.0.1", List.of(ApiToken.fromSecret("bench", Role.VIEWER, SECRET))),
              Clock.systemUTC(),
              SloTargets.defaults(),
              Duration.ofSeconds(refresh),
              () -> "",
              () -> Map.of("status", "ok"));
      try (FlotillaServer server = FlotillaServer.start(deps)) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + server.port();
        long c0 = System.nanoTime();
        HttpResponse<String> first = send(http, base + "/api/v1/overview");
        System.out.printf(
            Locale.ROOT,
            "first (uncached) overview: %d ms, %d bytes, status %d%n",
            ms(c0),
            first.body().length(),
            first.statusCode());
        long j0 = System.nanoTime();
        HttpResponse<String> page = send(http, base + "/api/v1/jobs?limit=100&tier=P0");
        System.out.printf(
            Locale.ROOT,
            "jobs page (tier=P0, limit=100, over %d jobs): %d ms, status %d%n",
            jobs,
            ms(j0),
            page.statusCode());
        run(http, base + "/api/v1/overview", rate, 5, "warm-up");
        run(
            http,
            base + "/api/v1/overview",
            rate,
            seconds,
            "overview (refresh every " + refresh + " s)");
        String body = send(http, base + "/api/v1/overview").body();
        System.out.println(
            "last background overview computation: "
                + body.replaceAll("(?s).*\"computedInMs\":(\\d+).*", "$1")
                + " ms");
      }
    }
  }

  static void fill(Store store, int jobs, Instant now) {
    int clusters = 200;
    for (int c = 0; c < clusters; c++) {
      store
          .clusters()
          .upsert(FleetFixture.cluster(String.format(Locale.ROOT, "c%03d", c), c % 50 != 7));
    }
    List<JobRow> rows = new ArrayList<>(jobs);
    List<SliInterval> intervals = new ArrayList<>();
    List<DiagnosisRow> diagnoses = new ArrayList<>();
    Tier[] tiers = Tier.values();
    for (int i = 0; i < jobs; i++) {
      String cluster = String.format(Locale.ROOT, "c%03d", i % clusters);
      String key = "job-" + i;
      Tier tier = tiers[i % tiers.length];
      JobState state = i % 50 == 0 ? JobState.RESTARTING : JobState.RUNNING;
      rows.add(FleetFixture.job(key, cluster, tier, "team-" + (i % 40), state, i % 7));
      if (i % 50 == 0) {
        intervals.add(
            interval(
                key,
                cluster,
                tier,
                SliState.RUNNING_ABNORMAL,
                now.minusSeconds(600 + i % 3000),
                null));
      }
      if (i % 20 == 1) {
        Instant s = now.minus(Duration.ofMinutes(30 + i % 5000));
        intervals.add(interval(key, cluster, tier, SliState.NOT_RUNNING, s, s.plusSeconds(300)));
      }
      if (i % 100 == 0) {
        diagnoses.add(
            new DiagnosisRow(
                key,
                now.minusSeconds(300),
                "OOM_HEAP",
                Side.USER,
                0.9,
                List.of("INCREASE_HEAP"),
                List.of("java.lang.OutOfMemoryError: Java heap space"),
                "heap exhausted",
                i % 200 == 0 ? Optional.of("inc-" + (i % 7)) : Optional.empty()));
      }
    }
    for (int from = 0; from < rows.size(); from += 10_000) {
      store.jobs().upsertAll(rows.subList(from, Math.min(rows.size(), from + 10_000)));
    }
    store.sli().saveIntervalChanges(intervals, List.of(), now);
    store.diagnoses().append(diagnoses);
  }

  private static SliInterval interval(
      String key, String cluster, Tier tier, SliState state, Instant start, Instant end) {
    return new SliInterval(
        key,
        cluster,
        Optional.of(tier),
        Optional.of("team"),
        state,
        start,
        Optional.ofNullable(end),
        Set.of(state.name()),
        Side.USER,
        List.of(state.name()));
  }

  static void run(HttpClient http, String url, int rate, int seconds, String label)
      throws Exception {
    int total = rate * seconds;
    long[] latency = new long[total];
    Arrays.fill(latency, -1);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    int dropped = 0;
    List<CompletableFuture<?>> all = new ArrayList<>();
    long periodNanos = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long scheduled = start + i * periodNanos;
      long wait = scheduled - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      if (inFlight.get() >= MAX_IN_FLIGHT) {
        dropped++;
        continue;
      }
      inFlight.incrementAndGet();
      int n = i;
      all.add(
          http.sendAsync(request(url), HttpResponse.BodyHandlers.ofString())
              .whenComplete(
                  (r, e) -> {
                    latency[n] = System.nanoTime() - scheduled;
                    if (e != null || r.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                    inFlight.decrementAndGet();
                  }));
    }
    CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).exceptionally(e -> null).join();
    long wall = System.nanoTime() - start;
    long[] done = Arrays.stream(latency).filter(v -> v >= 0).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "%s: %d requests at %d/s in %.1f s: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms;"
            + " errors %d, dropped %d%n",
        label,
        done.length,
        rate,
        wall / 1e9,
        pct(done, 50),
        pct(done, 90),
        pct(done, 99),
        done.length == 0 ? 0 : done[done.length - 1] / 1e6,
        errors.get(),
        dropped);
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int idx = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
  }

  private static HttpRequest request(String url) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + SECRET)
        .build();
  }

  private static HttpResponse<String> send(HttpClient http, String url) throws Exception {
    return http.send(request(url), HttpResponse.BodyHandlers.ofString());
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
