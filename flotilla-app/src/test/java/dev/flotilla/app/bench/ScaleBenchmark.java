package dev.flotilla.app.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.flotilla.app.FlotillaRuntime;
import dev.flotilla.app.loop.CycleReport;
import dev.flotilla.sim.AcceleratedClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One Flotilla instance watching a simulated fleet served by a separate simulator process: runs
 * {@code cycles} cycles, one every {@code interval} seconds, each covering one simulated minute,
 * and prints per-cycle costs and a summary (see docs/benchmarks/scale.md).
 *
 * <p>Arguments {@code --key=value}: clusters (200), jobs (500), cycles (30), interval (20),
 * detail-every (5), sim-threads (4), seed (1), dir (a temp dir).
 */
public final class ScaleBenchmark {
  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = BenchArgs.parse(args);
    Path dir = a.dir().orElse(Files.createTempDirectory("flotilla-scale"));
    Instant simStart = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    double speed = 60.0 / a.intervalSeconds();
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g",
            "-cp",
            System.getProperty("java.class.path"),
            SimProcess.class.getName(),
            String.valueOf(a.clusters()),
            String.valueOf(a.jobs()),
            String.valueOf(a.seed()),
            String.valueOf(speed),
            String.valueOf(Math.max(60, a.cycles() + 30)),
            String.valueOf(simStart.getEpochSecond()),
            String.valueOf(a.simThreads()));
    Process sim = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    long simPid = sim.pid();
    Thread stopSim = new Thread(() -> stop(sim));
    Runtime.getRuntime().addShutdownHook(stopSim);
    System.out.printf("simulator pid %d: %s%n", simPid, String.join(" ", cmd.subList(4, 12)));
    try {
      String[] ready = awaitReady(sim);
      int port = Integer.parseInt(ready[1]);
      Clock clock =
          new AcceleratedClock(
              Instant.ofEpochMilli(Long.parseLong(ready[2])), speed, Clock.systemUTC());
      List<String> clusters =
          IntStream.range(0, a.clusters())
              .mapToObj(i -> String.format(Locale.ROOT, "c%03d", i))
              .toList();
      Path db = dir.resolve("flotilla.db");
      String yaml =
          SimFleetYaml.yaml(
              clusters, port, db, Duration.ofSeconds(60), a.detailEvery(), Duration.ofSeconds(50));
      Files.writeString(dir.resolve("flotilla.yaml"), yaml);
      System.out.printf("simulator ready on port %d; store %s%n", port, db);
      List<CycleSample> samples = run(a, clock, SimFleetYaml.config(yaml), db, simPid);
      System.out.print(ScaleReport.summary(a, samples));
    } finally {
      stop(sim);
      Runtime.getRuntime().removeShutdownHook(stopSim);
    }
  }

  private static List<CycleSample> run(
      BenchArgs a, Clock clock, dev.flotilla.config.FlotillaConfig config, Path db, long simPid)
      throws InterruptedException {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<CycleSample> samples = new ArrayList<>();
    try (FlotillaRuntime runtime = FlotillaRuntime.start(config, clock)) {
      long next = System.nanoTime();
      for (int i = 0; i < a.cycles(); i++) {
        long sleep = next - System.nanoTime();
        if (sleep > 0) {
          Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
        }
        next += a.intervalSeconds() * 1_000_000_000L;
        long simCpu0 = ProcStat.cpuMillis(simPid);
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        CycleReport r = runtime.runCycle();
        long wall = (System.nanoTime() - t0) / 1_000_000;
        long cpu = (os.getProcessCpuTime() - cpu0) / 1_000_000;
        long simCpu = ProcStat.cpuMillis(simPid) - simCpu0;
        System.gc(); // outside the measured window
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        int unreachable =
            (int) r.snapshots().stream().filter(s -> !s.cluster().reachable()).count();
        long writes =
            r.jobRowsWritten()
                + r.snapshots().size()
                + r.slaChanges().opened().size()
                + r.slaChanges().closed().size();
        CycleSample s =
            new CycleSample(
                wall,
                cpu,
                heap.getUsed() >> 20,
                writes,
                i == 0 || i == a.cycles() - 1
                    ? checkpointedSize(db)
                    : size(db) + size(Path.of(db + "-wal")),
                simCpu,
                unreachable,
                r.snapshots().stream().mapToInt(x -> x.jobs().size()).sum(),
                runtime.store().sli().openIntervals().size(),
                Thread.activeCount());
        samples.add(s);
        System.out.println("cycle " + (i + 1) + ": " + s);
      }
    }
    return samples;
  }

  /** The database file after moving the WAL into it (so growth is not WAL churn). */
  private static long checkpointedSize(Path db) {
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        var st = c.createStatement()) {
      st.execute("PRAGMA busy_timeout = 10000");
      st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (java.sql.SQLException e) {
      System.out.println("checkpoint failed: " + e.getMessage());
    }
    return size(db) + size(Path.of(db + "-wal"));
  }

  private static long size(Path p) {
    try {
      return Files.exists(p) ? Files.size(p) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static String[] awaitReady(Process sim) throws IOException {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      System.out.println("  sim> " + line);
      if (line.startsWith("READY ")) {
        Thread drain = new Thread(() -> r.lines().forEach(l -> System.out.println("  sim> " + l)));
        drain.setDaemon(true);
        drain.start();
        return line.split(" ");
      }
    }
    throw new IllegalStateException("simulator exited before it was ready: " + sim.exitValue());
  }

  /** Stops the simulator by its PID: SIGTERM, then SIGKILL after 10 s. */
  private static void stop(Process sim) {
    if (!sim.isAlive()) {
      return;
    }
    sim.destroy();
    try {
      if (!sim.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        sim.destroyForcibly();
      }
    } catch (InterruptedException e) {
      sim.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
