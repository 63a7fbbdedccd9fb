package dev.flotilla.collector.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.collector.ClusterCollector;
import dev.flotilla.collector.ClusterTarget;
import dev.flotilla.collector.DetailPolicy;
import dev.flotilla.collector.FleetCollector;
import dev.flotilla.collector.FlinkRestClient;
import dev.flotilla.lab.ClusterSpec;
import dev.flotilla.lab.FaultJobArgs;
import dev.flotilla.lab.FaultJobJar;
import dev.flotilla.lab.FlinkLabExtension;
import dev.flotilla.lab.LabCluster;
import dev.flotilla.lab.LabJobs;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two real 2.3.0 clusters, each running a healthy job, polled every 2 s. Cluster A's JobManager is
 * killed with -9 while a poll is in flight: from the next poll on (within one interval) A is
 * unreachable and its job UNKNOWN with a reason, while B keeps being observed RUNNING with an
 * advancing observedAt.
 */
@Tag("lab")
class CollectorLabTest {
  private static final Duration INTERVAL = Duration.ofSeconds(2);

  /** Generous: a loaded 2-core machine answers the first detail requests slowly. */
  private static final Duration DEADLINE = Duration.ofSeconds(6);

  @RegisterExtension
  static FlinkLabExtension lab =
      FlinkLabExtension.withClusters(
          ClusterSpec.of("a", "2.3.0").withTaskManagers(1, 2),
          ClusterSpec.of("b", "2.3.0").withTaskManagers(1, 2));

  private static String startHealthyJob(LabCluster cluster, String name) {
    LabJobs jobs = lab.jobs();
    String jar = jobs.uploadJar(cluster, FaultJobJar.locate());
    String jobId =
        jobs.run(cluster, jar, FaultJobArgs.healthy(name).withRate(50), 1, Optional.empty());
    jobs.waitForAllRunning(cluster, jobId, Duration.ofSeconds(60));
    return jobId;
  }

  private static ClusterTarget target(LabCluster c) {
    return new ClusterTarget(c.name(), c.restUrl(), Optional.of("2.3.0"), Duration.ofSeconds(5), 4);
  }

  private static JobObservation job(ClusterSnapshot s, String jobId) {
    return s.jobs().stream()
        .filter(j -> j.jobId().equals(jobId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("job " + jobId + " missing from " + s));
  }

  @Test
  void pollAll_jobManagerKilledMidPoll_itsJobsUnknownOtherClusterKeepsUpdating() throws Exception {
    LabCluster a = lab.cluster("a");
    LabCluster b = lab.cluster("b");
    String jobA = startHealthyJob(a, "orders-a");
    String jobB = startHealthyJob(b, "orders-b");
    List<ClusterTarget> targets = List.of(target(a), target(b));
    Map<String, Set<String>> expected = Map.of("a", Set.of("orders-a"), "b", Set.of("orders-b"));
    FleetCollector fleet =
        new FleetCollector(
            new ClusterCollector(
                FlinkRestClient.create(Duration.ofSeconds(1)),
                Clock.systemUTC(),
                DetailPolicy.roundRobin(1),
                1),
            DEADLINE);

    // normal cycles until two in a row see both clusters (the first answers can be slow)
    List<List<ClusterSnapshot>> before = new ArrayList<>();
    Instant giveUp = Instant.now().plusSeconds(60);
    while (before.size() < 2 && Instant.now().isBefore(giveUp)) {
      Instant start = Instant.now();
      List<ClusterSnapshot> cycle = fleet.pollAll(targets, expected);
      if (cycle.stream().allMatch(s -> s.cluster().reachable())) {
        before.add(cycle);
      } else {
        System.out.println(
            "warm-up cycle not complete yet: "
                + cycle.stream().map(s -> s.cluster().error()).toList());
        before.clear();
      }
      sleepUntil(start.plus(INTERVAL));
    }
    assertThat(before).hasSize(2);
    for (List<ClusterSnapshot> cycle : before) {
      assertThat(cycle).allSatisfy(s -> assertThat(s.cluster().reachable()).isTrue());
      assertThat(job(cycle.get(0), jobA).state()).isEqualTo(JobState.RUNNING);
      assertThat(job(cycle.get(0), jobA).detailed()).isTrue();
      assertThat(job(cycle.get(1), jobB).state()).isEqualTo(JobState.RUNNING);
    }

    // kill -9 A's JobManager while a poll is in flight
    Instant start = Instant.now();
    List<CompletableFuture<ClusterSnapshot>> inFlight = fleet.pollEach(targets, expected);
    a.killJobManager();
    Instant killedAt = Instant.now();
    List<ClusterSnapshot> duringKill = inFlight.stream().map(CompletableFuture::join).toList();
    assertThat(job(duringKill.get(1), jobB).state()).isEqualTo(JobState.RUNNING);
    sleepUntil(start.plus(INTERVAL));

    // the next polls, the first of which starts within one interval of the kill
    Instant previousB = job(duringKill.get(1), jobB).observedAt();
    for (int i = 0; i < 3; i++) {
      Instant cycleStart = Instant.now();
      if (i == 0) {
        assertThat(Duration.between(killedAt, cycleStart)).isLessThanOrEqualTo(INTERVAL);
      }
      List<ClusterSnapshot> cycle = fleet.pollAll(targets, expected);
      ClusterSnapshot snapA = cycle.get(0);
      assertThat(snapA.cluster().reachable()).as("cycle %d after kill", i).isFalse();
      assertThat(snapA.cluster().error().orElseThrow()).contains(a.restUrl().getPort() + "");
      JobObservation unknownA = job(snapA, jobA);
      assertThat(unknownA.state()).isEqualTo(JobState.UNKNOWN);
      assertThat(unknownA.name()).isEqualTo("orders-a");
      assertThat(unknownA.unknownReason().orElseThrow()).startsWith("cluster a unreachable: ");

      ClusterSnapshot snapB = cycle.get(1);
      assertThat(snapB.cluster().reachable()).isTrue();
      JobObservation observedB = job(snapB, jobB);
      assertThat(observedB.state()).isEqualTo(JobState.RUNNING);
      assertThat(observedB.observedAt()).isAfter(previousB);
      previousB = observedB.observedAt();
      System.out.printf(
          "cycle %d after kill: A=%s (%s), B=%s at %s%n",
          i,
          unknownA.state(),
          snapA.cluster().error().orElse(""),
          observedB.state(),
          observedB.observedAt());
      sleepUntil(cycleStart.plus(INTERVAL));
    }
  }

  private static void sleepUntil(Instant t) throws InterruptedException {
    long ms = Duration.between(Instant.now(), t).toMillis();
    if (ms > 0) {
      Thread.sleep(ms);
    }
  }
}
