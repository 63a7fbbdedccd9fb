package dev.flotilla.collector.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.collector.testing.FixtureDirs;
import dev.flotilla.model.CheckpointSummary;
import dev.flotilla.model.JobMetrics;
import dev.flotilla.model.JobState;
import dev.flotilla.model.TaskManagerObservation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every parser over every recorded fixture directory and checks that nothing the fixture
 * contains is lost: a field present (non-null, numeric where numeric) in the raw JSON must come
 * back present and equal.
 */
class RecordedFixturesParserTest {

  static Stream<Named<Path>> dirs() {
    return FixtureDirs.named();
  }

  @Test
  void fixtures_recordedForBothMainVersions() {
    List<String> versions = FixtureDirs.scenarios().stream().map(FixtureDirs::version).toList();
    assertThat(versions).contains("2.3.0", "1.20.3");
  }

  @ParameterizedTest
  @MethodSource("dirs")
  void overview_allPresentFieldsParsed(Path dir) {
    Optional<JsonNode> raw = FixtureDirs.ok(dir, "overview.json");
    assertThat(raw).as("overview.json").isPresent();
    OverviewInfo o = OverviewParser.parse(raw.get());
    assertThat(o.flinkVersion()).hasValue(FixtureDirs.version(dir));
    assertThat(o.taskManagers()).hasValue(raw.get().get("taskmanagers").asInt());
    assertThat(o.slotsTotal()).hasValue(raw.get().get("slots-total").asInt());
    assertThat(o.slotsAvailable()).hasValue(raw.get().get("slots-available").asInt());
    FixtureDirs.ok(dir, "config.json")
        .ifPresent(
            c -> {
              ConfigInfo info = ConfigParser.parse(c);
              assertThat(info.flinkVersion()).hasValue(FixtureDirs.version(dir));
              assertThat(info.features()).hasSize(c.path("features").size());
            });
  }

  @ParameterizedTest
  @MethodSource("dirs")
  void jobsOverviewAndJob_allPresentFieldsParsed(Path dir) {
    JsonNode rawJobs = FixtureDirs.ok(dir, "jobs-overview.json").orElseThrow();
    List<JobSummary> jobs = JobsOverviewParser.parse(rawJobs);
    assertThat(jobs).hasSize(rawJobs.path("jobs").size()).isNotEmpty();
    for (int i = 0; i < jobs.size(); i++) {
      JsonNode r = rawJobs.path("jobs").get(i);
      assertThat(jobs.get(i).state()).isEqualTo(JobState.parse(r.path("state").asText()));
      assertThat(jobs.get(i).state()).isNotEqualTo(JobState.UNKNOWN);
      assertThat(jobs.get(i).startTime()).isPresent();
      assertThat(jobs.get(i).taskCounts()).hasSize(r.path("tasks").size());
    }
    JsonNode rawJob = FixtureDirs.ok(dir, "job.json").orElseThrow();
    JobDetails d = JobDetailsParser.parse(rawJob);
    assertThat(d.state()).isEqualTo(JobState.parse(rawJob.path("state").asText()));
    assertThat(d.startTime()).isPresent();
    assertThat(d.maxParallelism().isPresent()).isEqualTo(rawJob.path("maxParallelism").isNumber());
    assertThat(d.schedulerType().isPresent()).isEqualTo(rawJob.path("schedulerType").isTextual());
    assertThat(d.vertices()).hasSize(rawJob.path("vertices").size()).isNotEmpty();
    for (int i = 0; i < d.vertices().size(); i++) {
      JsonNode rv = rawJob.path("vertices").get(i);
      VertexDetail v = d.vertices().get(i);
      assertThat(v.id()).isEqualTo(rv.path("id").asText());
      assertThat(v.parallelism()).isEqualTo(rv.path("parallelism").asInt()).isPositive();
      assertThat(v.status()).isEqualTo(rv.path("status").asText());
      assertPresentIfNumeric(rv.path("metrics").path("read-records"), v.readRecords());
      assertPresentIfNumeric(rv.path("metrics").path("write-records"), v.writeRecords());
    }
  }

  @ParameterizedTest
  @MethodSource("dirs")
  void exceptions_everyEntryAndConcurrentParsed(Path dir) {
    JsonNode raw = FixtureDirs.ok(dir, "job-exceptions.json").orElseThrow();
    int expected = 0;
    for (JsonNode e : raw.path("exceptionHistory").path("entries")) {
      expected += 1 + e.path("concurrentExceptions").size();
    }
    List<dev.flotilla.model.ExceptionRecord> history = ExceptionsParser.parseHistory(raw);
    assertThat(history).hasSize(expected);
    assertThat(history).allSatisfy(r -> assertThat(r.timestamp()).isPresent());
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i - 1).timestamp().get())
          .isAfterOrEqualTo(history.get(i).timestamp().get());
    }
    int legacy =
        (raw.path("root-exception").isTextual() ? 1 : 0) + raw.path("all-exceptions").size();
    assertThat(ExceptionsParser.parseLegacy(raw)).hasSize(legacy);
    assertThat(ExceptionsParser.parse(raw)).hasSize(expected > 0 ? expected : legacy);
    if (FixtureDirs.version(dir).startsWith("2.")) {
      assertThat(raw.has("root-exception")).as("2.x has only exceptionHistory").isFalse();
    } else {
      assertThat(raw.has("all-exceptions")).as("1.x also has the legacy shape").isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("dirs")
  void checkpoints_allPresentFieldsParsed(Path dir) {
    JsonNode raw = FixtureDirs.ok(dir, "job-checkpoints.json").orElseThrow();
    CheckpointSummary c = CheckpointsParser.parse(raw);
    JsonNode counts = raw.path("counts");
    assertPresentIfNumeric(counts.path("completed"), c.completed());
    assertPresentIfNumeric(counts.path("failed"), c.failed());
    assertPresentIfNumeric(counts.path("in_progress"), c.inProgress());
    JsonNode latest = raw.path("latest");
    assertThat(c.latestCompletedPath().isPresent())
        .isEqualTo(latest.path("completed").path("external_path").isTextual());
    assertPresentIfNumeric(
        latest.path("completed").path("end_to_end_duration"), c.latestCompletedDurationMs());
    assertThat(c.latestCompletedAt().isPresent()).isEqualTo(latest.path("completed").isObject());
    if (latest.path("failed").path("failure_message").isTextual()) {
      assertThat(c.latestFailureMessage())
          .hasValue(latest.path("failed").path("failure_message").asText());
    }
    assertThat(c.restoredFromPath().isPresent())
        .isEqualTo(latest.path("restored").path("external_path").isTextual());
    assertThat(CheckpointsParser.history(raw)).hasSize(raw.path("history").size());
  }

  @ParameterizedTest
  @MethodSource("dirs")
  void jobMetrics_everyReportedValueParsed(Path dir) {
    JsonNode raw = FixtureDirs.ok(dir, "job-metrics.json").orElseThrow();
    JobMetrics m = JobMetricsParser.parse(raw);
    Map<String, OptionalLong> byId =
        Map.of(
            "numRestarts", m.numRestarts(),
            "uptime", m.uptimeMs(),
            "restartingTime", m.restartingTimeMs(),
            "numberOfFailedCheckpoints", m.numberOfFailedCheckpoints(),
            "numberOfCompletedCheckpoints", m.numberOfCompletedCheckpoints(),
            "lastCheckpointDuration", m.lastCheckpointDurationMs());
    for (JsonNode e : raw) {
      String id = e.path("id").asText();
      assertThat(byId).containsKey(id);
      if (id.equals("lastCheckpointDuration") && e.path("value").asText().startsWith("-")) {
        assertThat(m.lastCheckpointDurationMs()).as("-1 means no checkpoint yet").isEmpty();
      } else {
        assertPresentIfNumeric(e.path("value"), byId.get(id));
      }
    }
    if (raw.size() == 0) {
      assertThat(m).isEqualTo(JobMetrics.notObserved());
    }
  }

  @ParameterizedTest
  @MethodSource("dirs")
  void vertices_backpressureAndSubtaskMetricsParsed(Path dir) {
    for (int i = 0; Files.exists(dir.resolve("vertex-" + i + "-backpressure.json")); i++) {
      Optional<JsonNode> bp = FixtureDirs.ok(dir, "vertex-" + i + "-backpressure.json");
      if (bp.isPresent()) {
        BackpressureInfo info = BackpressureParser.parse(bp.get());
        boolean sampled = "ok".equals(bp.get().path("status").asText());
        assertThat(info.level().isPresent()).isEqualTo(sampled);
        assertThat(info.maxRatio().isPresent())
            .isEqualTo(sampled && bp.get().path("subtasks").size() > 0);
      }
      Optional<JsonNode> sm = FixtureDirs.ok(dir, "vertex-" + i + "-subtask-metrics.json");
      if (sm.isPresent()) {
        Map<String, AggregatedMetric> parsed = SubtaskMetricsParser.parse(sm.get());
        assertThat(parsed).hasSize(sm.get().size());
        for (JsonNode m : sm.get()) {
          AggregatedMetric a = parsed.get(m.path("id").asText());
          assertThat(a.max().isPresent()).isEqualTo(m.path("max").isNumber());
          assertThat(a.sum().isPresent()).isEqualTo(m.path("sum").isNumber());
          assertThat(a.skew().isPresent()).isEqualTo(m.path("skew").isNumber());
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dirs")
  void taskManagers_slotsAndJvmMetricsParsed(Path dir) {
    JsonNode raw = FixtureDirs.ok(dir, "taskmanagers.json").orElseThrow();
    List<TaskManagerObservation> tms = TaskManagersParser.parse(raw);
    assertThat(tms).hasSize(raw.path("taskmanagers").size()).isNotEmpty();
    assertThat(tms.get(0).slots())
        .hasValue(raw.path("taskmanagers").get(0).path("slotsNumber").asInt());
    assertThat(tms.get(0).freeSlots()).isPresent();
    FixtureDirs.ok(dir, "taskmanager-0-metrics.json")
        .ifPresent(
            m -> {
              TaskManagerObservation tm = TaskManagersParser.withMetrics(tms.get(0), m);
              Map<String, OptionalLong> byId =
                  Map.of(
                      "Status.JVM.Memory.Heap.Used", tm.heapUsedBytes(),
                      "Status.JVM.Memory.Heap.Max", tm.heapMaxBytes(),
                      "Status.JVM.GarbageCollector.G1_Young_Generation.Count", tm.gcCount());
              for (JsonNode e : m) {
                assertPresentIfNumeric(e.path("value"), byId.get(e.path("id").asText()));
              }
              if (m.size() == 0) {
                assertThat(tm.heapUsedBytes()).isEmpty();
              }
            });
  }

  private static void assertPresentIfNumeric(JsonNode raw, OptionalLong parsed) {
    boolean numeric = raw.isNumber() || raw.isTextual() && raw.asText().matches("-?\\d+(\\.\\d+)?");
    assertThat(parsed.isPresent()).as("present iff raw %s is numeric", raw).isEqualTo(numeric);
    if (numeric) {
      assertThat(parsed.getAsLong()).isEqualTo((long) Double.parseDouble(raw.asText()));
    }
  }
}
