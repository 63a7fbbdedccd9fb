package dev.flotilla.app.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.load.ConfigLoader;
import dev.flotilla.sla.JobContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobContextsTest {
  private static final FlotillaConfig CONFIG =
      ConfigLoader.parse(
              String.join(
                  "\n",
                  "clusters:",
                  "  - { name: east, rest: \"http://127.0.0.1:1\" }",
                  "  - { name: west, rest: \"http://127.0.0.1:2\" }",
                  "jobs:",
                  "  - { name: orders, artifact: a.jar,"
                      + " placement: { preferred: east, fallback: [west] } }",
                  "  - { name: payments, artifact: p.jar, placement: { preferred: east } }",
                  ""),
              "jobs.yaml")
          .config()
          .orElseThrow();

  @Test
  void jobUnderAUserWorkflow_isPlannedWork_othersCount() {
    List<JobContext> contexts =
        JobContexts.managed(CONFIG, Map.of("payments", "west"), Instant.EPOCH, Set.of("orders"));

    assertThat(contexts)
        .extracting(JobContext::jobKey, JobContext::intentionallyStopped, JobContext::cluster)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("orders", true, "east"),
            org.assertj.core.groups.Tuple.tuple("payments", false, "west"));
  }

  private static dev.flotilla.model.JobObservation copy(
      String cluster, String name, dev.flotilla.model.JobState state) {
    return new dev.flotilla.model.JobObservation(
        cluster,
        "jid-" + cluster + "-" + name,
        name,
        state,
        Instant.EPOCH,
        java.util.Optional.empty(),
        java.util.Optional.empty(),
        Map.of(),
        java.util.OptionalInt.empty(),
        false,
        dev.flotilla.model.JobMetrics.notObserved(),
        dev.flotilla.model.CheckpointSummary.notObserved(),
        List.of(),
        List.of());
  }

  private static dev.flotilla.model.ClusterSnapshot snapshot(
      String cluster, dev.flotilla.model.JobObservation... jobs) {
    return new dev.flotilla.model.ClusterSnapshot(
        new dev.flotilla.model.ClusterObservation(
            cluster,
            Instant.EPOCH,
            true,
            java.util.Optional.empty(),
            java.util.Optional.of("2.3.0"),
            java.util.OptionalInt.of(1),
            java.util.OptionalInt.of(4),
            java.util.OptionalInt.of(2),
            List.of(),
            java.time.Duration.ZERO),
        List.of(jobs));
  }

  @Test
  void relocated_followsTheLiveCopyWithinThePlacement_keepsTheClusterWhileACopyLivesThere() {
    List<JobContext> before = JobContexts.managed(CONFIG, Map.of(), Instant.EPOCH, Set.of());
    var stopped = dev.flotilla.model.JobState.FINISHED;
    var running = dev.flotilla.model.JobState.RUNNING;

    List<JobContext> moved =
        JobContexts.relocated(
            CONFIG,
            before,
            List.of(
                snapshot(
                    "east", copy("east", "orders", stopped), copy("east", "payments", running)),
                snapshot(
                    "west", copy("west", "orders", running), copy("west", "payments", running))));
    assertThat(moved).extracting(JobContext::cluster).containsExactly("west", "east");

    List<JobContext> inFlight =
        JobContexts.relocated(
            CONFIG,
            before,
            List.of(
                snapshot("east", copy("east", "orders", running)),
                snapshot("west", copy("west", "orders", running))));
    assertThat(inFlight.get(0).cluster()).isEqualTo("east");

    List<JobContext> nowhere =
        JobContexts.relocated(
            CONFIG,
            before,
            List.of(snapshot("east", copy("east", "orders", stopped)), snapshot("west")));
    assertThat(nowhere.get(0).cluster()).as("payments has no fallback either").isEqualTo("east");
  }
}
