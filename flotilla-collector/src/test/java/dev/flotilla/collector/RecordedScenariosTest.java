package dev.flotilla.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.collector.parse.ExceptionsParser;
import dev.flotilla.collector.testing.FixtureDirs;
import dev.flotilla.collector.testing.FixtureServer;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.ExceptionRecord;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.SettableClock;
import dev.flotilla.model.VertexObservation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Serves every recorded fixture directory over real HTTP, polls it with the {@link
 * ClusterCollector} (details for every job) and checks the values each scenario must show.
 */
class RecordedScenariosTest {
  private static final FlinkRestClient CLIENT = FlinkRestClient.create(Duration.ofSeconds(2));

  static Stream<Named<Path>> dirs() {
    return FixtureDirs.named();
  }

  @ParameterizedTest
  @MethodSource("dirs")
  void poll_recordedCluster_scenarioValuesObserved(Path dir) throws Exception {
    String jobId = FixtureDirs.read(dir.resolve("meta.json")).path("jobId").asText();
    ClusterSnapshot s;
    try (FixtureServer server = FixtureServer.serveDirectory(dir)) {
      ClusterCollector collector =
          new ClusterCollector(CLIENT, new SettableClock(Instant.EPOCH), DetailPolicy.always(), 1);
      s = collector.poll(ClusterTarget.of(FixtureDirs.scenario(dir), server.url())).join();
    }
    assertThat(s.cluster().reachable()).isTrue();
    assertThat(s.cluster().flinkVersion()).hasValue(FixtureDirs.version(dir));
    assertThat(s.cluster().taskManagerDetails()).isNotEmpty();
    boolean tmMetricsRecorded =
        FixtureDirs.read(dir.resolve("taskmanager-0-metrics.json")).size() > 0;
    assertThat(s.cluster().taskManagerDetails().get(0).heapUsedBytes().isPresent())
        .isEqualTo(tmMetricsRecorded);
    JobObservation job =
        s.jobs().stream().filter(j -> j.jobId().equals(jobId)).findFirst().orElseThrow();
    assertThat(job.detailed()).isTrue();
    assertThat(job.vertices()).isNotEmpty();
    assertThat(job.parallelism()).isPresent();
    assertThat(job.checkpoints().completed()).isPresent();
    boolean jobMetricsRecorded = FixtureDirs.read(dir.resolve("job-metrics.json")).size() > 0;
    assertThat(job.metrics().numRestarts().isPresent()).isEqualTo(jobMetricsRecorded);

    switch (FixtureDirs.scenario(dir)) {
      case "healthy" -> {
        assertThat(job.state()).isEqualTo(JobState.RUNNING);
        assertThat(job.checkpoints().completed().getAsLong()).isPositive();
        assertThat(job.checkpoints().latestCompletedPath()).isPresent();
      }
      case "exception-loop" -> {
        assertThat(job.exceptions())
            .anySatisfy(
                e -> {
                  assertThat(e.exceptionName()).isEqualTo("java.lang.RuntimeException");
                  assertThat(e.firstLine()).contains("Injected failure");
                });
        assertThat(job.metrics().numRestarts().getAsLong()).isGreaterThanOrEqualTo(1);
      }
      case "failed" -> {
        assertThat(job.state()).isEqualTo(JobState.FAILED);
        assertThat(job.exceptions().get(0).firstLine()).contains("Recovery is suppressed");
        // the root cause rides in concurrentExceptions and comes right after the top entry
        assertThat(job.exceptions().get(1).firstLine()).contains("Injected failure");
        assertThat(job.exceptions().get(1).timestamp().orElseThrow())
            .isBeforeOrEqualTo(job.exceptions().get(0).timestamp().orElseThrow());
      }
      case "heap-oom" ->
          assertThat(job.exceptions())
              .anySatisfy(
                  e -> {
                    assertThat(e.exceptionName()).isEqualTo("java.lang.OutOfMemoryError");
                    assertThat(e.stacktrace()).contains("Java heap space");
                  });
      case "slow" ->
          assertThat(job.vertices())
              .anySatisfy(v -> assertThat(v.backpressureLevel()).hasValue("high"));
      case "skew" ->
          assertThat(
                  job.vertices().stream()
                      .map(VertexObservation::recordsInSkew)
                      .filter(o -> o.isPresent())
                      .mapToDouble(o -> o.getAsDouble())
                      .max()
                      .orElse(-1))
              .isGreaterThanOrEqualTo(50.0);
      case "checkpoint-timeout" ->
          assertThat(job.checkpoints().latestFailureMessage())
              .hasValueSatisfying(
                  m -> assertThat(m).contains("Checkpoint expired before completing."));
      case "missing-class" ->
          assertThat(job.exceptions())
              .anySatisfy(
                  e ->
                      assertThat(e.stacktrace())
                          .containsAnyOf("ClassNotFoundException", "NoClassDefFoundError"));
      default -> {
        // a scenario without specific expectations: the generic checks above apply
      }
    }
    if (FixtureDirs.version(dir).startsWith("1.")) {
      List<ExceptionRecord> legacy =
          ExceptionsParser.parseLegacy(FixtureDirs.read(dir.resolve("job-exceptions.json")));
      if (!job.exceptions().isEmpty()) {
        assertThat(legacy).as("1.x legacy shape parses too").isNotEmpty();
      }
    }
  }
}
