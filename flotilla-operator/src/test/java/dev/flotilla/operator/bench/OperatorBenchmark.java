package dev.flotilla.operator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.lab.ClusterSpec;
import dev.flotilla.lab.FaultJobArgs;
import dev.flotilla.lab.FaultJobJar;
import dev.flotilla.lab.FlinkLab;
import dev.flotilla.lab.LabCluster;
import dev.flotilla.lab.LabJobs;
import dev.flotilla.operator.flink.FlinkEndpoint;
import dev.flotilla.operator.flink.RestFlinkActions;
import dev.flotilla.operator.workflow.Deployment;
import dev.flotilla.operator.workflow.EngineOptions;
import dev.flotilla.operator.workflow.Sleeper;
import dev.flotilla.operator.workflow.StepListener;
import dev.flotilla.operator.workflow.WorkflowEngine;
import dev.flotilla.operator.workflow.WorkflowParams;
import dev.flotilla.operator.workflow.WorkflowRequest;
import dev.flotilla.operator.workflow.WorkflowType;
import dev.flotilla.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Operator benchmark on real Flink 2.3.0 (3 runs each):
 *
 * <ol>
 *   <li>time to recover after a TaskManager kill -9 (kill → job RUNNING again with all tasks
 *       running, polled every 100 ms): Flink's own fixed-delay restart strategy vs Flotilla's
 *       RESTART_FROM_CHECKPOINT started at fault onset;
 *   <li>downtime (no copy of the job with all tasks RUNNING, polled every 100 ms) of RESCALE in
 *       place (adaptive scheduler) vs savepoint + redeploy, on the same cluster.
 * </ol>
 *
 * Run: {@code mvn -pl flotilla-operator test -Dtest=OperatorBenchmark
 * -Doperator.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}, or its {@link #main}.
 */
@Tag("bench")
class OperatorBenchmark {
  private static final int RUNS = 3;

  @Test
  void run() throws Exception {
    main(new String[0]);
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of("target", "lab", "OperatorBenchmark");
    Files.createDirectories(root);
    try (FlinkLab lab = FlinkLab.open(root, line -> System.out.println("[lab] " + line));
        Store store =
            Store.open(
                "jdbc:sqlite:" + root.resolve("bench-" + System.nanoTime() + ".db"),
                Optional.empty(),
                Optional.empty(),
                1)) {
      // two TaskManagers x 2 slots with slots spread evenly: a job at parallelism 2 has a task on
      // each, so killing either TaskManager hits it, and the survivor can host it alone
      LabCluster r =
          lab.start(
              ClusterSpec.of("bench-r", "2.3.0")
                  .withTaskManagers(2, 2)
                  .withConfig("taskmanager.load-balance.mode", "SLOTS"));
      LabCluster ad =
          lab.start(
              ClusterSpec.of("bench-ad", "2.3.0")
                  .withTaskManagers(1, 4)
                  .withAdaptiveScheduler(true));
      RestFlinkActions flink =
          new RestFlinkActions(List.of(endpoint(r), endpoint(ad)), Duration.ofSeconds(5));
      WorkflowEngine engine =
          new WorkflowEngine(
              store,
              flink,
              Clock.systemUTC(),
              Sleeper.real(),
              new EngineOptions("bench", Duration.ofSeconds(30), Duration.ofMillis(100)),
              StepListener.none());
      List<String> report = new ArrayList<>();
      recovery(lab.jobs(), r, flink, engine, report);
      rescale(lab.jobs(), ad, flink, engine, report);
      System.out.println("=== OperatorBenchmark results ===");
      report.forEach(System.out::println);
    }
  }

  private static void recovery(
      LabJobs jobs,
      LabCluster r,
      RestFlinkActions flink,
      WorkflowEngine engine,
      List<String> report)
      throws Exception {
    for (int run = 1; run <= RUNS; run++) {
      for (boolean flotilla : new boolean[] {false, true}) {
        String name = "bench-recover-" + (flotilla ? "flotilla-" : "flink-") + run;
        String jobId = start(jobs, r, name, 2);
        Thread.sleep(5000); // a few checkpoints
        int victim = 0;
        long kill = System.nanoTime();
        r.killTaskManager(victim);
        if (flotilla) {
          engine.start(
              new WorkflowRequest(
                  WorkflowType.RESTART_FROM_CHECKPOINT,
                  name,
                  WorkflowParams.of("bench-r", name)
                      .withJobId(jobId)
                      .withDeployment(deployment(name, 2))
                      .withHealthyWithinMs(120_000),
                  "bench",
                  "TaskManager killed"));
        }
        long ms = awaitRecovered(jobs, r, flink, name, kill, !flotilla);
        report.add(
            String.format(
                "recovery %s run %d: %d ms",
                flotilla ? "flotilla-restart" : "flink-restart-strategy", run, ms));
        System.out.println(report.get(report.size() - 1));
        for (var j : flink.findRunningJobsByName("bench-r", name)) {
          flink.cancel("bench-r", j.jobId());
        }
        r.startTaskManager();
        waitSlots(jobs, r, 4);
      }
    }
  }

  private static void rescale(
      LabJobs jobs,
      LabCluster ad,
      RestFlinkActions flink,
      WorkflowEngine engine,
      List<String> report)
      throws Exception {
    String name = "bench-rescale";
    start(jobs, ad, name, 2);
    int p = 2;
    for (int run = 1; run <= RUNS; run++) {
      for (boolean inPlace : new boolean[] {true, false}) {
        Thread.sleep(inPlace ? 32_000 : 3_000); // in place: outside the cooldown
        int next = p == 2 ? 3 : 2;
        long t0 = System.nanoTime();
        long down;
        try (DowntimeProbe probe = new DowntimeProbe(flink, "bench-ad", name, 100)) {
          engine.start(
              new WorkflowRequest(
                  WorkflowType.RESCALE,
                  name,
                  WorkflowParams.of("bench-ad", name)
                      .withDeployment(deployment(name, p))
                      .withParallelism(next)
                      .withInPlace(inPlace)
                      .withHealthyWithinMs(120_000),
                  "bench",
                  "rescale benchmark"));
          Thread.sleep(1000);
          down = probe.downMs();
        }
        long total = (System.nanoTime() - t0) / 1_000_000;
        p = next;
        report.add(
            String.format(
                "rescale %s run %d (%s): downtime %d ms, workflow %d ms",
                inPlace ? "in-place" : "savepoint-redeploy",
                run,
                (next == 3 ? "2->3" : "3->2"),
                down,
                total - 1000));
        System.out.println(report.get(report.size() - 1));
      }
    }
  }

  private static long awaitRecovered(
      LabJobs jobs,
      LabCluster c,
      RestFlinkActions flink,
      String name,
      long killNanos,
      boolean sameJob)
      throws InterruptedException {
    String cluster = c.name();
    long killMs = System.currentTimeMillis() - (System.nanoTime() - killNanos) / 1_000_000;
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        for (var j : flink.findRunningJobsByName(cluster, name)) {
          if (flink.tasksRunning(cluster, j.jobId())
              && (!sameJob || runningSince(jobs, c, j.jobId(), killMs))) {
            return (System.nanoTime() - killNanos) / 1_000_000;
          }
        }
      } catch (RuntimeException e) {
        // keep polling
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(name + " did not recover within 3 minutes (kill missed it?)");
  }

  /** The same job id re-entered RUNNING after the kill (a restarted attempt). */
  private static boolean runningSince(LabJobs jobs, LabCluster c, String jobId, long killMs) {
    JsonNode job = jobs.get(c, "jobs/" + jobId);
    return job.path("timestamps").path("RUNNING").asLong(0) > killMs;
  }

  private static void waitSlots(LabJobs jobs, LabCluster c, int slots) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (jobs.get(c, "overview").path("slots-available").asInt() >= slots) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("slots of " + c + " not back");
  }

  private static String start(LabJobs jobs, LabCluster c, String name, int p) {
    String jarId = jobs.uploadJar(c, FaultJobJar.locate());
    String id =
        jobs.run(
            c, jarId, FaultJobArgs.healthy(name).withRate(200).withKeys(4), p, Optional.empty());
    jobs.waitForAllRunning(c, id, Duration.ofSeconds(60));
    return id;
  }

  private static Deployment deployment(String name, int p) {
    return new Deployment(
        FaultJobJar.locate().toString(),
        FaultJobJar.ENTRY_CLASS,
        FaultJobArgs.healthy(name).withRate(200).withKeys(4).toList(),
        p,
        Map.of());
  }

  private static FlinkEndpoint endpoint(LabCluster c) {
    return new FlinkEndpoint(c.name(), c.restUrl(), Optional.of(c.checkpointDir()));
  }

  /** A raw GET through a lab client (timestamps are not part of the FlinkActions port). */
  private static final class Jsons {
    private static final LabJobs LAB = new LabJobs();

    static JsonNode get(RestFlinkActions unused, String cluster, String jobId) {
      throw new UnsupportedOperationException();
    }
  }
}
