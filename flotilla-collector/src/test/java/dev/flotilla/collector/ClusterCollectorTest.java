package dev.flotilla.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.collector.testing.FakeFlinkRest;
import dev.flotilla.collector.testing.FixtureServer;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.SettableClock;
import dev.flotilla.model.VertexObservation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterCollectorTest {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private static final Path SYNTHETIC = Path.of("src/test/resources/synthetic/healthy");
  private static final String ORDERS = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

  private final SettableClock clock = new SettableClock(T0);

  static JobObservation job(ClusterSnapshot s, String name) {
    return s.jobs().stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void poll_fixtureServer_fullSnapshotOverHttp() throws Exception {
    try (FixtureServer server = FixtureServer.serveDirectory(SYNTHETIC)) {
      ClusterCollector collector =
          new ClusterCollector(
              FlinkRestClient.create(Duration.ofSeconds(2)), clock, DetailPolicy.always(), 1);
      ClusterSnapshot s = collector.poll(ClusterTarget.of("east-a", server.url())).join();

      assertThat(s.cluster().reachable()).isTrue();
      assertThat(s.cluster().observedAt()).isEqualTo(T0);
      assertThat(s.cluster().flinkVersion()).hasValue("2.3.0");
      assertThat(s.cluster().slotsTotal()).hasValue(4);
      assertThat(s.cluster().slotsAvailable()).hasValue(2);
      assertThat(s.cluster().taskManagerDetails()).hasSize(1);
      assertThat(s.cluster().taskManagerDetails().get(0).heapUsedBytes()).hasValue(123456789L);
      assertThat(s.cluster().taskManagerDetails().get(0).gcCount()).hasValue(17);

      JobObservation orders = job(s, "orders");
      assertThat(orders.state()).isEqualTo(JobState.RUNNING);
      assertThat(orders.detailed()).isTrue();
      assertThat(orders.taskCounts()).containsEntry("running", 4);
      assertThat(orders.parallelism()).hasValue(2);
      assertThat(orders.metrics().numberOfCompletedCheckpoints()).hasValue(5);
      assertThat(orders.checkpoints().latestCompletedPath())
          .hasValue("file:/tmp/lab/shared/checkpoints/aaaa/chk-6");
      VertexObservation source = orders.vertices().get(0);
      assertThat(source.backpressureLevel()).hasValue("high");
      assertThat(source.maxBackpressureRatio()).hasValue(0.95);
      assertThat(source.maxBusyRatio()).hasValue(0.009);
      assertThat(source.recordsOut()).hasValue(5000);
      VertexObservation sink = orders.vertices().get(1);
      assertThat(sink.backpressureLevel()).isEmpty();
      assertThat(sink.recordsInSkew()).isEmpty();
      assertThat(sink.recordsIn()).hasValue(4990);

      assertThat(job(s, "payments").state()).isEqualTo(JobState.RESTARTING);
      assertThat(server.requestCount()).isGreaterThanOrEqualTo(2 + 2 * (4 + 4) + 2);
    }
  }

  @Test
  void poll_defaultPolicy_runningJobDetailedEveryNthCycle() {
    FakeFlinkRest rest = healthyFake();
    ClusterCollector collector = new ClusterCollector(rest, clock, DetailPolicy.roundRobin(3), 0);
    ClusterTarget t = ClusterTarget.of("a", "http://fake:1");
    int detailed = 0;
    for (int cycle = 0; cycle < 7; cycle++) {
      ClusterSnapshot s = collector.poll(t).join();
      if (cycle == 0) {
        assertThat(s.jobs().get(0).detailed()).as("new job gets details").isTrue();
      } else if (s.jobs().get(0).detailed()) {
        detailed++;
      }
    }
    assertThat(detailed).isEqualTo(2);
  }

  @Test
  void poll_stateChange_detailsImmediately() {
    FakeFlinkRest rest = healthyFake();
    ClusterCollector collector =
        new ClusterCollector(rest, clock, DetailPolicy.roundRobin(1000), 0);
    ClusterTarget t = ClusterTarget.of("a", "http://fake:1");
    collector.poll(t).join();
    rest.answer("/jobs/overview", jobsOverview("RESTARTING"));
    assertThat(collector.poll(t).join().jobs().get(0).detailed()).isTrue();
  }

  @Test
  void poll_detailRequestFails_partNotObservedStateKept() {
    FakeFlinkRest rest = healthyFake().fail("/jobs/" + ORDERS + "/checkpoints", 500);
    ClusterCollector collector = new ClusterCollector(rest, clock, DetailPolicy.always(), 0);
    JobObservation j = collector.poll(ClusterTarget.of("a", "http://fake:1")).join().jobs().get(0);
    assertThat(j.state()).isEqualTo(JobState.RUNNING);
    assertThat(j.checkpoints().completed()).isEmpty();
    assertThat(j.metrics().numRestarts()).hasValue(2);
  }

  @Test
  void poll_backpressure500AndEmptySubtaskMetrics_vertexNotObserved() {
    String job = "/jobs/" + ORDERS;
    FakeFlinkRest rest =
        healthyFake()
            .answer(
                job,
                "{\"state\":\"RUNNING\",\"vertices\":[{\"id\":\"v0\",\"name\":\"src\","
                    + "\"parallelism\":2,\"status\":\"CANCELED\"}]}")
            .fail(job + "/vertices/v0/backpressure", 500)
            .answer(
                job
                    + "/vertices/v0/subtasks/metrics?"
                    + dev.flotilla.collector.parse.SubtaskMetricsParser.QUERY,
                "[]");
    ClusterCollector collector = new ClusterCollector(rest, clock, DetailPolicy.always(), 0);
    JobObservation j = collector.poll(ClusterTarget.of("a", "http://fake:1")).join().jobs().get(0);
    VertexObservation v = j.vertices().get(0);
    assertThat(v.status()).isEqualTo("CANCELED");
    assertThat(v.backpressureLevel()).isEmpty();
    assertThat(v.maxBackpressureRatio()).isEmpty();
    assertThat(v.maxBusyRatio()).isEmpty();
    assertThat(v.recordsInSkew()).isEmpty();
    assertThat(v.recordsIn()).isEmpty();
    assertThat(j.parallelism()).hasValue(2);
    assertThat(rest.requested()).contains(job + "/vertices/v0/backpressure");
  }

  @Test
  void poll_jobNotRunning_noVertexSamplingRequests() {
    String job = "/jobs/" + ORDERS;
    FakeFlinkRest rest =
        healthyFake()
            .answer(
                job,
                "{\"state\":\"RESTARTING\",\"vertices\":[{\"id\":\"v0\",\"parallelism\":2,"
                    + "\"status\":\"CANCELING\",\"metrics\":{\"read-records\":7}}]}");
    ClusterCollector collector = new ClusterCollector(rest, clock, DetailPolicy.always(), 0);
    JobObservation j = collector.poll(ClusterTarget.of("a", "http://fake:1")).join().jobs().get(0);
    assertThat(j.vertices())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.recordsIn()).hasValue(7);
              assertThat(v.backpressureLevel()).isEmpty();
            });
    assertThat(rest.requested()).noneMatch(p -> p.contains("/vertices/"));
  }

  @Test
  void poll_unreachableAfterSuccess_rememberedAndExpectedJobsUnknown() {
    FakeFlinkRest rest = healthyFake();
    ClusterCollector collector = new ClusterCollector(rest, clock, DetailPolicy.never(), 0);
    ClusterTarget t = ClusterTarget.of("a", "http://fake:1");
    collector.poll(t, Set.of("orders")).join();
    rest.setDown(true);
    clock.advance(Duration.ofSeconds(60));
    ClusterSnapshot s = collector.poll(t, Set.of("orders", "billing")).join();

    assertThat(s.cluster().reachable()).isFalse();
    assertThat(s.cluster().error()).hasValue("connection refused to http://fake:1/overview");
    assertThat(s.jobs()).extracting(JobObservation::name).containsExactly("orders", "billing");
    assertThat(s.jobs()).allMatch(j -> j.state() == JobState.UNKNOWN);
    assertThat(s.jobs().get(0).jobId()).isEqualTo(ORDERS);
    assertThat(s.jobs().get(1).jobId()).isEmpty();
    assertThat(s.jobs().get(0).observedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(s.jobs().get(0).unknownReason())
        .hasValue("cluster a unreachable: connection refused to http://fake:1/overview");
  }

  @Test
  void poll_jobListFails_clusterReachableJobsUnknown() {
    FakeFlinkRest rest = healthyFake();
    ClusterCollector collector = new ClusterCollector(rest, clock, DetailPolicy.never(), 0);
    ClusterTarget t = ClusterTarget.of("a", "http://fake:1");
    collector.poll(t).join();
    rest.fail("/jobs/overview", 503);
    ClusterSnapshot s = collector.poll(t).join();
    assertThat(s.cluster().reachable()).isTrue();
    assertThat(s.jobs())
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.state()).isEqualTo(JobState.UNKNOWN);
              assertThat(j.unknownReason().orElseThrow()).contains("HTTP 503");
            });
  }

  @Test
  void poll_neverSeenCluster_onlyExpectedJobsUnknown() {
    FakeFlinkRest rest = new FakeFlinkRest();
    rest.setDown(true);
    ClusterSnapshot s =
        new ClusterCollector(rest, clock)
            .poll(ClusterTarget.of("b", "http://fake:2"), Set.of("x"))
            .join();
    assertThat(s.jobs()).extracting(JobObservation::name).containsExactly("x");
  }

  static String jobsOverview(String state) {
    return "{\"jobs\":[{\"jid\":\""
        + ORDERS
        + "\",\"name\":\"orders\",\"state\":\""
        + state
        + "\",\"start-time\":1764000000000,\"tasks\":{\"running\":2}}]}";
  }

  static FakeFlinkRest healthyFake() {
    String job = "/jobs/" + ORDERS;
    return new FakeFlinkRest()
        .answer("/overview", "{\"flink-version\":\"2.3.0\",\"taskmanagers\":1}")
        .answer("/jobs/overview", jobsOverview("RUNNING"))
        .answer(job, "{\"jid\":\"" + ORDERS + "\",\"state\":\"RUNNING\",\"vertices\":[]}")
        .answer(job + "/exceptions", "{\"exceptionHistory\":{\"entries\":[]}}")
        .answer(job + "/checkpoints", "{\"counts\":{\"completed\":3}}")
        .answer(
            job + "/metrics?" + dev.flotilla.collector.parse.JobMetricsParser.QUERY,
            "[{\"id\":\"numRestarts\",\"value\":\"2\"}]");
  }
}
