package dev.flotilla.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.app.FlotillaService;
import dev.flotilla.cli.FlotillaCommand;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.load.ConfigLoader;
import dev.flotilla.lab.ClusterSpec;
import dev.flotilla.lab.FaultJobArgs;
import dev.flotilla.lab.FaultJobJar;
import dev.flotilla.lab.FlinkLabExtension;
import dev.flotilla.lab.LabCluster;
import dev.flotilla.model.Side;
import dev.flotilla.model.SliInterval;
import dev.flotilla.store.DiagnosisRow;
import dev.flotilla.store.SliIntervalRow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flotilla's loop end to end on real Flink (two clusters), checking the issues' acceptance:
 *
 * <ul>
 *   <li>SLA: an exception-loop job opens an exception interval within 2 minutes of the fault's
 *       onset, the interval closes within 2 minutes of recovery, and the figures show in {@code
 *       flotilla sla} and on {@code /metrics};
 *   <li>adviser: each fault (exception loop, slow operator, skew, checkpoint timeout, missing
 *       class) is diagnosed correctly within 2 minutes of onset with evidence; a TaskManager kill
 *       on a cluster running several jobs yields one PLATFORM incident, not one diagnosis per job.
 * </ul>
 *
 * Takes about 5 minutes of real time.
 */
@Tag("lab")
class FleetOnRealFlinkTest {
  @RegisterExtension
  static final FlinkLabExtension LAB =
      FlinkLabExtension.withClusters(
          ClusterSpec.of("sla-a", "2.3.0").withTaskManagers(1, 8),
          ClusterSpec.of("sla-b", "2.3.0").withTaskManagers(1, 4));

  @TempDir Path dir;

  @Test
  void exceptionLoop_opensIntervalAndClosesAfterRecovery_visibleInSlaAndMetrics() throws Exception {
    LabCluster cluster = LAB.cluster("sla-a");
    var jobs = LAB.jobs();
    String jar = jobs.uploadJar(cluster, FaultJobJar.locate());
    String healthyId = jobs.run(cluster, jar, FaultJobArgs.healthy("orders"), 1, Optional.empty());
    jobs.waitForAllRunning(cluster, healthyId, Duration.ofSeconds(60));

    Instant faultsStart = Instant.now();
    jobs.run(
        cluster,
        jar,
        FaultJobArgs.of("slow", "slow-op").withSleepMs(1).withRate(5000),
        1,
        Optional.empty());
    jobs.run(
        cluster, jar, FaultJobArgs.of("skew", "skewed").withSkewFraction(0.9), 2, Optional.empty());
    jobs.run(
        cluster,
        jar,
        FaultJobArgs.of("checkpoint-timeout", "slow-ckpt")
            .withSnapshotSleepMs(5000)
            .withConf("execution.checkpointing.timeout", "2s")
            .withConf("execution.checkpointing.tolerable-failed-checkpoints", "1000"),
        1,
        Optional.empty());
    jobs.run(cluster, jar, FaultJobArgs.of("missing-class", "no-class"), 1, Optional.empty());
    jobs.run(
        cluster,
        jar,
        FaultJobArgs.of("rate-spike", "spiky")
            .withRate(200)
            .withSpikeFactor(10)
            .withSleepMs(2)
            .withFaultAfterSeconds(10),
        1,
        Optional.empty());
    LabCluster other = LAB.cluster("sla-b");
    String otherJar = jobs.uploadJar(other, FaultJobJar.locate());
    for (String name : List.of("b-one", "b-two", "b-three")) {
      jobs.run(other, otherJar, FaultJobArgs.healthy(name), 1, Optional.empty());
    }

    Path config = writeConfig(cluster, other);
    FlotillaConfig cfg = ConfigLoader.load(config).orElseThrow();
    try (FlotillaService service = FlotillaService.start(cfg, Clock.systemUTC(), r -> {})) {
      Thread.sleep(15_000); // a few healthy cycles first

      jobs.cancel(cluster, healthyId);
      jobs.waitForState(cluster, healthyId, Duration.ofSeconds(30), "CANCELED");
      Instant onset = Instant.now();
      String faultyId =
          jobs.run(
              cluster,
              jar,
              FaultJobArgs.of("exception-loop", "orders")
                  .withEvery(1500)
                  .withRate(1000)
                  .withConf("restart-strategy.fixed-delay.attempts", "100000")
                  .withConf("restart-strategy.fixed-delay.delay", "1s"),
              1,
              Optional.empty());

      SliInterval opened =
          waitForInterval(
              service, i -> i.state().isBreach(), Duration.ofMinutes(2).plusSeconds(20));
      assertThat(opened.start()).isBefore(onset.plus(Duration.ofMinutes(2)));
      assertThat(Duration.between(onset, Instant.now()))
          .isLessThan(Duration.ofMinutes(2).plusSeconds(20));

      // Adviser: each fault diagnosed within 2 minutes of its onset, with evidence.
      Duration twoMinutes = Duration.ofMinutes(2).plusSeconds(20);
      expectDiagnosis(
          service, "sla-a/slow-op", "BACKPRESSURE_OR_SLOW_OPERATOR", faultsStart, twoMinutes);
      expectDiagnosis(service, "sla-a/skewed", "DATA_SKEW", faultsStart, twoMinutes);
      expectDiagnosis(
          service, "sla-a/slow-ckpt", "CHECKPOINT_TIMEOUT_OR_FAILURE", faultsStart, twoMinutes);
      expectDiagnosis(
          service, "sla-a/no-class", "CLASS_OR_DEPENDENCY_CONFLICT", faultsStart, twoMinutes);
      DiagnosisRow loop =
          expectDiagnosis(service, "orders", "USER_CODE_EXCEPTION", onset, twoMinutes);
      assertThat(loop.side()).isEqualTo(Side.USER);
      assertThat(String.join("\n", loop.evidence())).contains("Injected failure");
      // rate-spike: the load rises to 10x a base the job's fixed capacity (~480/s) fits.
      DiagnosisRow spike =
          expectDiagnosis(
              service, "sla-a/spiky", "BACKPRESSURE_OR_SLOW_OPERATOR", faultsStart, twoMinutes);
      assertThat(String.join("\n", spike.evidence())).contains("back-pressured");

      // Slot starvation: a job needing two slots where one is left waits for the other.
      Instant starving = Instant.now();
      String greedy =
          jobs.run(other, otherJar, FaultJobArgs.healthy("greedy"), 2, Optional.empty());
      DiagnosisRow starved =
          expectDiagnosis(service, "sla-b/greedy", "INSUFFICIENT_RESOURCES", starving, twoMinutes);
      assertThat(String.join("\n", starved.evidence())).contains("0 of 4 slots available");
      jobs.cancel(other, greedy);
      jobs.waitForState(other, greedy, Duration.ofSeconds(30), "CANCELED");

      // A TaskManager kill under three jobs is one platform incident, not three user problems.
      Instant kill = Instant.now();
      other.killTaskManager(0);
      List<DiagnosisRow> platform =
          waitForIncident(service, List.of("b-one", "b-two", "b-three"), kill, twoMinutes);
      assertThat(platform).allSatisfy(d -> assertThat(d.side()).isEqualTo(Side.PLATFORM));
      assertThat(platform.stream().map(d -> d.incidentId().orElseThrow()).distinct()).hasSize(1);

      jobs.cancel(cluster, faultyId);
      jobs.waitForState(cluster, faultyId, Duration.ofSeconds(30), "CANCELED");
      Instant recovery = Instant.now();
      String fixedId = jobs.run(cluster, jar, FaultJobArgs.healthy("orders"), 1, Optional.empty());
      jobs.waitForAllRunning(cluster, fixedId, Duration.ofSeconds(60));

      List<SliInterval> breaches =
          waitForAllBreachesClosed(service, onset, Duration.ofMinutes(2).plusSeconds(20));
      SliInterval closed = breaches.get(breaches.size() - 1);
      assertThat(closed.end().orElseThrow()).isBefore(recovery.plus(Duration.ofMinutes(2)));
      assertThat(closed.reasons()).isNotEmpty();
      assertThat(closed.evidence()).isNotEmpty();

      String metrics = get(service.url().resolve("metrics"));
      assertThat(metrics).contains("flotilla_job_sli_state{").contains("job=\"orders\"");
      assertThat(metrics).contains("flotilla_sla_breach_minutes_total");
    }

    StringWriter out = new StringWriter();
    var cmd = FlotillaCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    int code =
        cmd.execute("sla", "--config", config.toString(), "--by", "job", "--since", "1h", "--json");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("orders");

    StringWriter jobOut = new StringWriter();
    cmd.setOut(new PrintWriter(jobOut));
    assertThat(cmd.execute("sla", "job", "orders", "--config", config.toString(), "--since", "1h"))
        .isZero();
    assertThat(jobOut.toString()).containsAnyOf("RUNNING_ABNORMAL", "SCHEDULING", "NOT_RUNNING");
  }

  private static DiagnosisRow expectDiagnosis(
      FlotillaService service, String jobKey, String label, Instant onset, Duration within)
      throws InterruptedException {
    Instant deadline = onset.plus(within);
    while (Instant.now().isBefore(deadline)) {
      Optional<DiagnosisRow> found =
          service
              .runtime()
              .store()
              .diagnoses()
              .list(jobKey, onset.minusSeconds(60), Instant.now().plusSeconds(60))
              .stream()
              .filter(d -> d.label().equals(label))
              .findFirst();
      if (found.isPresent()) {
        assertThat(found.get().evidence()).as("evidence of " + jobKey).isNotEmpty();
        return found.get();
      }
      Thread.sleep(2_000);
    }
    throw new AssertionError(
        jobKey
            + " was not diagnosed "
            + label
            + " within "
            + within
            + " of onset; latest: "
            + service.runtime().store().diagnoses().latest(jobKey));
  }

  private static List<DiagnosisRow> waitForIncident(
      FlotillaService service, List<String> names, Instant since, Duration within)
      throws InterruptedException {
    Instant deadline = since.plus(within);
    while (Instant.now().isBefore(deadline)) {
      List<DiagnosisRow> withIncident = new java.util.ArrayList<>();
      for (String name : names) {
        service
            .runtime()
            .store()
            .diagnoses()
            .list("sla-b/" + name, since, Instant.now().plusSeconds(60))
            .stream()
            .filter(d -> d.incidentId().isPresent())
            .reduce((a, b) -> b)
            .ifPresent(withIncident::add);
      }
      if (withIncident.size() == names.size()) {
        return withIncident;
      }
      Thread.sleep(2_000);
    }
    throw new AssertionError("no platform incident covering " + names + " within " + within);
  }

  private Path writeConfig(LabCluster cluster, LabCluster other) throws Exception {
    Path file = dir.resolve("flotilla.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "store: { url: \"jdbc:sqlite:" + dir.resolve("flotilla.db") + "\" }",
            "clusters:",
            "  - name: sla-a",
            "    rest: \"" + cluster.restUrl() + "\"",
            "  - name: sla-b",
            "    rest: \"" + other.restUrl() + "\"",
            "collector: { poll-interval: 10s, cycle-deadline: 8s }",
            "server: { port: 0, bind: 127.0.0.1 }",
            "sla: { scheduling-grace: 30s }",
            "jobs:",
            "  - name: orders",
            "    tier: P1",
            "    owner: team-orders",
            "    artifact: \"" + FaultJobJar.locate() + "\"",
            "    entry-class: dev.flotilla.faultjob.FaultJob",
            "    placement: { preferred: sla-a }",
            ""));
    return file;
  }

  private static SliInterval waitForInterval(
      FlotillaService service, Predicate<SliInterval> wanted, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      List<SliInterval> found =
          service
              .runtime()
              .store()
              .sli()
              .intervals(
                  Instant.now().minus(Duration.ofHours(1)),
                  Instant.now().plusSeconds(60),
                  Optional.of("orders"))
              .stream()
              .map(SliIntervalRow::interval)
              .filter(wanted)
              .toList();
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(2_000);
    }
    throw new AssertionError("no matching SLI interval for 'orders' within " + timeout);
  }

  /** Waits until every breach interval that started after {@code since} has ended. */
  private static List<SliInterval> waitForAllBreachesClosed(
      FlotillaService service, Instant since, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      List<SliInterval> breaches =
          service
              .runtime()
              .store()
              .sli()
              .intervals(
                  since.minus(Duration.ofMinutes(1)),
                  Instant.now().plusSeconds(60),
                  Optional.of("orders"))
              .stream()
              .map(SliIntervalRow::interval)
              .filter(i -> i.state().isBreach())
              .sorted(java.util.Comparator.comparing(SliInterval::start))
              .toList();
      if (!breaches.isEmpty() && breaches.stream().noneMatch(SliInterval::isOpen)) {
        return breaches;
      }
      Thread.sleep(2_000);
    }
    throw new AssertionError(
        "breach intervals of 'orders' still open " + timeout + " after recovery");
  }

  private static String get(URI uri) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
