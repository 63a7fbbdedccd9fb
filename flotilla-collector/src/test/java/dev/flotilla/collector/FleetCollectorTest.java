package dev.flotilla.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.collector.testing.FixtureServer;
import dev.flotilla.collector.testing.SilentServer;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FleetCollectorTest {
  private static final Path SYNTHETIC = Path.of("src/test/resources/synthetic/healthy");

  private static ClusterTarget target(String name, String url, Duration timeout) {
    return new ClusterTarget(name, URI.create(url), Optional.empty(), timeout, 8);
  }

  @Test
  void pollEach_healthyClosedAndSilent_healthyUnaffectedDeadOnesUnknown() throws Exception {
    try (FixtureServer healthy = FixtureServer.serveDirectory(SYNTHETIC);
        SilentServer silent = new SilentServer()) {
      ClusterCollector collector =
          new ClusterCollector(
              FlinkRestClient.create(Duration.ofSeconds(1)),
              Clock.systemUTC(),
              DetailPolicy.always(),
              1);
      FleetCollector fleet = new FleetCollector(collector, Duration.ofSeconds(10));
      List<ClusterTarget> targets =
          List.of(
              target("ok", healthy.url(), Duration.ofSeconds(2)),
              target("closed", SilentServer.closedPortUrl(), Duration.ofSeconds(2)),
              target("silent", silent.url(), Duration.ofMillis(1500)));
      Map<String, Set<String>> expected = Map.of("silent", Set.of("orders"), "closed", Set.of("p"));

      long t0 = System.nanoTime();
      List<CompletableFuture<ClusterSnapshot>> futures = fleet.pollEach(targets, expected);
      ClusterSnapshot ok = futures.get(0).join();
      long okMs = (System.nanoTime() - t0) / 1_000_000;
      ClusterSnapshot closed = futures.get(1).join();
      ClusterSnapshot hung = futures.get(2).join();
      long allMs = (System.nanoTime() - t0) / 1_000_000;

      assertThat(ok.cluster().reachable()).isTrue();
      assertThat(ok.jobs())
          .extracting(JobObservation::state)
          .containsExactly(JobState.RUNNING, JobState.RESTARTING);
      assertThat(okMs).as("healthy cluster not held back by the silent one").isLessThan(1400);

      assertThat(closed.cluster().reachable()).isFalse();
      assertThat(closed.cluster().error().orElseThrow()).startsWith("connection refused to ");
      assertThat(closed.jobs())
          .singleElement()
          .satisfies(
              j -> {
                assertThat(j.name()).isEqualTo("p");
                assertThat(j.state()).isEqualTo(JobState.UNKNOWN);
              });

      assertThat(hung.cluster().reachable()).isFalse();
      assertThat(hung.cluster().error().orElseThrow()).startsWith("timed out after 1500ms");
      assertThat(hung.jobs())
          .singleElement()
          .satisfies(
              j -> {
                assertThat(j.state()).isEqualTo(JobState.UNKNOWN);
                assertThat(j.unknownReason().orElseThrow()).contains("timed out after 1500ms");
              });
      assertThat(allMs).isLessThan(5000);
    }
  }

  @Test
  void pollAll_pollSlowerThanDeadline_unreachableWithDeadlineReason() throws Exception {
    try (SilentServer silent = new SilentServer()) {
      ClusterCollector collector =
          new ClusterCollector(FlinkRestClient.create(Duration.ofSeconds(1)), Clock.systemUTC());
      FleetCollector fleet = new FleetCollector(collector, Duration.ofMillis(300));
      long t0 = System.nanoTime();
      List<ClusterSnapshot> all =
          fleet.pollAll(
              List.of(target("slow", silent.url(), Duration.ofSeconds(30))),
              Map.of("slow", Set.of("orders")));
      assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3000);
      assertThat(all.get(0).cluster().error()).hasValue(FleetCollector.DEADLINE_REASON);
      assertThat(all.get(0).jobs()).extracting(JobObservation::name).containsExactly("orders");
    }
  }
}
