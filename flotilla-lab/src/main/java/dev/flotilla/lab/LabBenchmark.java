package dev.flotilla.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures, per Flink version: cluster start time (JobManager process launch until /overview shows
 * all slots) and JobManager/TaskManager RSS idle and with one healthy job after 30 s. Writes {@code
 * docs/benchmarks/lab.md} and prints it.
 *
 * <p>{@code mvn -q -pl flotilla-lab compile exec:java
 * -Dexec.mainClass=dev.flotilla.lab.LabBenchmark [-Dexec.args="--runs 3 --versions 2.3.0"]}
 */
public final class LabBenchmark {
  static final String COMMAND =
      "mvn -q -pl flotilla-lab compile exec:java -Dexec.mainClass=dev.flotilla.lab.LabBenchmark";
  private static final Duration JOB_SETTLE = Duration.ofSeconds(30);

  record Sample(
      String version,
      int run,
      Duration start,
      long jmIdleKb,
      long tmIdleKb,
      long jmJobKb,
      long tmJobKb) {}

  public static void main(String[] args) {
    List<String> versions = List.of("1.20.3", "2.2.0", "2.3.0");
    int runs = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--versions" -> versions = List.of(args[i + 1].split(","));
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path repo = FixtureRecorder.repoRoot();
    List<Sample> samples = new ArrayList<>();
    try (FlinkLab lab =
        FlinkLab.open(
            repo.resolve("flotilla-lab/target/lab/LabBenchmark"),
            line -> System.out.println("[bench] " + line))) {
      for (String version : versions) {
        FlinkClasspath.resolve(version, FlinkClasspath.defaultCacheDir(), System.out::println);
        for (int run = 1; run <= runs; run++) {
          samples.add(measure(lab, version, run));
        }
      }
    }
    String table = render(samples, runs);
    write(repo.resolve("docs/benchmarks/lab.md"), table);
    System.out.println(table);
  }

  static Sample measure(FlinkLab lab, String version, int run) {
    String name = "bench-" + version.replace('.', '-') + "-" + run;
    LabCluster c = lab.start(ClusterSpec.of(name, version).withTaskManagers(1, 2));
    try {
      long jmIdle = OsProcess.rssKb(c.jobManagerPid());
      long tmIdle = OsProcess.rssKb(c.taskManagerPids().get(0));
      LabJobs jobs = lab.jobs();
      String job =
          jobs.run(
              c,
              jobs.uploadJar(c, FaultJobJar.locate()),
              FaultJobArgs.healthy("bench").withRate(1000),
              2,
              Optional.empty());
      jobs.waitForAllRunning(c, job, Duration.ofSeconds(30));
      LabCluster.sleep(JOB_SETTLE.toMillis());
      Sample s =
          new Sample(
              version,
              run,
              c.startupTime(),
              jmIdle,
              tmIdle,
              OsProcess.rssKb(c.jobManagerPid()),
              OsProcess.rssKb(c.taskManagerPids().get(0)));
      System.out.println("[bench] " + s);
      return s;
    } finally {
      c.stop();
    }
  }

  static String render(List<Sample> samples, int runs) {
    StringBuilder md = new StringBuilder("# Flink lab benchmark\n\n");
    md.append("Measured ")
        .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .append(" with\n\n```\n")
        .append(COMMAND)
        .append('\n')
        .append("```\n\n")
        .append("Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" CPUs, Java ")
        .append(System.getProperty("java.version"))
        .append(
            ". Each run starts a fresh cluster (one JobManager JVM `-Xmx512m`, one TaskManager"
                + " JVM `-Xms512m -Xmx512m`, 2 slots) as separate processes; start = JobManager process"
                + " launch until `/overview` shows all slots. RSS is `VmRSS` from `/proc/<pid>/status`:"
                + " idle right after start, and after a healthy fault job (1000 records/s,"
                + " parallelism 2) ran for 30 s. Other work shared the 2 cores, so starts vary.\n\n")
        .append(
            "| Flink | run | start (s) | JM RSS idle (MB) | TM RSS idle (MB) |"
                + " JM RSS job 30 s (MB) | TM RSS job 30 s (MB) |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Sample s : samples) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.1f | %d | %d | %d | %d |%n",
              s.version(),
              s.run(),
              s.start().toMillis() / 1000.0,
              s.jmIdleKb() / 1024,
              s.tmIdleKb() / 1024,
              s.jmJobKb() / 1024,
              s.tmJobKb() / 1024));
    }
    md.append("\n")
        .append(runs)
        .append(" run(s) per version. Load average at the end: ")
        .append(loadAverage())
        .append(".\n");
    return md.toString();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
