package dev.flotilla.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two Flink versions side by side; every fault's signature observed through REST on each. */
@Tag("lab")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiVersionFaultsTest {
  private static final Duration SIGNAL = Duration.ofSeconds(60);

  @RegisterExtension
  static FlinkLabExtension lab =
      FlinkLabExtension.withClusters(
          ClusterSpec.of("v23", "2.3.0").withTaskManagers(1, 8),
          ClusterSpec.of("v120", "1.20.3").withTaskManagers(1, 8));

  private static final Map<String, String> JARS = new ConcurrentHashMap<>();

  private static String submit(String cluster, FaultJobArgs args, int parallelism) {
    LabCluster c = lab.cluster(cluster);
    String jar = JARS.computeIfAbsent(cluster, n -> lab.jobs().uploadJar(c, FaultJobJar.locate()));
    return lab.jobs().run(c, jar, args, parallelism, Optional.empty());
  }

  private static String text(String cluster, String path) {
    return lab.jobs().getRaw(lab.cluster(cluster), path).body();
  }

  @Order(1)
  @ParameterizedTest
  @ValueSource(strings = {"v23", "v120"})
  void healthyJob_runsOnEachVersion(String cluster) {
    LabCluster c = lab.cluster(cluster);
    String jobId = submit(cluster, FaultJobArgs.healthy("healthy-" + cluster).withRate(200), 1);
    lab.jobs().waitForAllRunning(c, jobId, Duration.ofSeconds(30));
    assertThat(lab.jobs().get(c, "config").toString()).contains(c.flinkVersion());
    Eventually.await(
        "records flowing",
        SIGNAL,
        () -> lab.jobs().vertexMetric(c, jobId, 1, "numRecordsIn", "sum").orElse(0),
        v -> v > 100);
    lab.jobs().cancel(c, jobId);
  }

  @Order(2)
  @ParameterizedTest
  @ValueSource(strings = {"v23", "v120"})
  void concurrentFaults_showTheirSignatures(String cluster) {
    LabCluster c = lab.cluster(cluster);
    LabJobs jobs = lab.jobs();
    String loop =
        submit(
            cluster,
            FaultJobArgs.of("exception-loop", "loop")
                .withEvery(2000)
                .withConf("restart-strategy.fixed-delay.attempts", "1000"),
            1);
    String slow = submit(cluster, FaultJobArgs.of("slow", "slow").withRate(3000), 1);
    String skew = submit(cluster, FaultJobArgs.of("skew", "skew").withRate(1000).withKeys(8), 2);
    String cpTimeout =
        submit(
            cluster,
            FaultJobArgs.of("checkpoint-timeout", "cp-timeout")
                .withRate(100)
                .withConf("execution.checkpointing.tolerable-failed-checkpoints", "100"),
            1);
    String missing = submit(cluster, FaultJobArgs.of("missing-class", "missing").withRate(10), 1);
    String spike =
        submit(
            cluster,
            FaultJobArgs.of("rate-spike", "spike")
                .withRate(200)
                .withSpikeFactor(5)
                .withFaultAfterSeconds(8),
            1);

    // exception-loop: numRestarts rises, the injected RuntimeException is in the history
    Eventually.await(
        "numRestarts >= 2",
        SIGNAL,
        () -> jobs.metric(c, loop, "numRestarts").orElse(0),
        v -> v >= 2);
    assertThat(text(cluster, "jobs/" + loop + "/exceptions"))
        .contains("java.lang.RuntimeException")
        .contains("Injected failure: record 2000 on subtask 0");

    // slow: the source vertex is back-pressured
    String level =
        Eventually.await(
            "source backpressure high",
            SIGNAL,
            () ->
                jobs.get(
                        c,
                        "jobs/"
                            + slow
                            + "/vertices/"
                            + jobs.vertexIds(c, slow).get(0)
                            + "/backpressure")
                    .path("backpressureLevel")
                    .asText(),
            "high"::equals);
    assertThat(level).isEqualTo("high");

    // skew: downstream numRecordsIn very uneven across its two subtasks
    double[] minMax =
        Eventually.await(
            "downstream skew",
            SIGNAL,
            () ->
                new double[] {
                  jobs.vertexMetric(c, skew, 1, "numRecordsIn", "min").orElse(0),
                  jobs.vertexMetric(c, skew, 1, "numRecordsIn", "max").orElse(0)
                },
            v -> v[1] > 2000 && v[1] > 4 * v[0]);
    assertThat(minMax[1]).isGreaterThan(4 * minMax[0]);

    // checkpoint-timeout: expiry in the checkpoint history, job keeps running (tolerated)
    Eventually.await(
        "checkpoint expired",
        SIGNAL,
        () -> text(cluster, "jobs/" + cpTimeout + "/checkpoints"),
        t -> t.contains("Checkpoint expired before completing."));
    assertThat(jobs.metric(c, cpTimeout, "numberOfFailedCheckpoints").orElse(0))
        .isGreaterThanOrEqualTo(0);

    // missing-class: ClassNotFoundException from the operator's open()
    String exceptions =
        Eventually.await(
            "ClassNotFoundException",
            SIGNAL,
            () -> text(cluster, "jobs/" + missing + "/exceptions"),
            t -> t.contains("ClassNotFoundException"));
    assertThat(exceptions).contains("dev.flotilla.faultjob.missing.NotOnTheClasspath");

    // rate-spike: the source's output rate rises well above the 200/s base after 8 s
    Eventually.await(
        "source rate above 2.5x base",
        SIGNAL,
        () -> jobs.vertexMetric(c, spike, 0, "numRecordsOutPerSecond", "sum").orElse(0),
        v -> v > 500);

    for (String job : List.of(loop, slow, skew, cpTimeout, missing, spike)) {
      try {
        jobs.cancel(c, job);
      } catch (LabRestException alreadyDone) {
        // missing-class may already be FAILED
      }
    }
  }

  @Order(3)
  @ParameterizedTest
  @ValueSource(strings = {"v23", "v120"})
  void heapOom_isReportedAsJavaHeapSpace(String cluster) {
    LabCluster c = lab.cluster(cluster);
    String oom = submit(cluster, FaultJobArgs.of("heap-oom", "oom").withRate(200), 1);
    String exceptions =
        Eventually.await(
            "OutOfMemoryError",
            SIGNAL,
            () -> text(cluster, "jobs/" + oom + "/exceptions"),
            t -> t.contains("java.lang.OutOfMemoryError"));
    assertThat(exceptions).contains("Java heap space");
  }

  @Test
  @Order(4)
  void processes_areOursAndAlive() {
    for (String name : List.of("v23", "v120")) {
      LabCluster c = lab.cluster(name);
      assertThat(OsProcess.isAlive(c.jobManagerPid())).isTrue();
      assertThat(OsProcess.commandLine(c.jobManagerPid()).orElseThrow()).contains("flotilla.lab");
    }
  }
}
