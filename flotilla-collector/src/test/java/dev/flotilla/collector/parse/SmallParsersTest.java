package dev.flotilla.collector.parse;

import static dev.flotilla.collector.parse.JsonTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.JobMetrics;
import dev.flotilla.model.JobState;
import dev.flotilla.model.TaskManagerObservation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallParsersTest {

  @Test
  void overview_allFields_parsed() {
    OverviewInfo o =
        OverviewParser.parse(
            json(
                "{\"taskmanagers\":2,\"slots-total\":8,\"slots-available\":3,"
                    + "\"flink-version\":\"1.20.3\",\"extra\":{}}"));
    assertThat(o.flinkVersion()).hasValue("1.20.3");
    assertThat(o.taskManagers()).hasValue(2);
    assertThat(o.slotsTotal()).hasValue(8);
    assertThat(o.slotsAvailable()).hasValue(3);
  }

  @Test
  void overview_missingAndWrongTypes_notObserved() {
    OverviewInfo o = OverviewParser.parse(json("{\"taskmanagers\":\"two\",\"slots-total\":null}"));
    assertThat(o.flinkVersion()).isEmpty();
    assertThat(o.taskManagers()).isEmpty();
    assertThat(o.slotsTotal()).isEmpty();
    assertThat(o.slotsAvailable()).isEmpty();
  }

  @Test
  void config_features_keepsBooleansOnly() {
    ConfigInfo c =
        ConfigParser.parse(
            json(
                "{\"flink-version\":\"2.3.0\",\"features\":{\"web-submit\":true,"
                    + "\"web-rescale\":false,\"odd\":\"yes\"}}"));
    assertThat(c.flinkVersion()).hasValue("2.3.0");
    assertThat(c.feature("web-submit")).hasValue(true);
    assertThat(c.feature("web-rescale")).hasValue(false);
    assertThat(c.feature("odd")).isEmpty();
  }

  @Test
  void jobsOverview_entries_parsedAndIdlessSkipped() {
    List<JobSummary> jobs =
        JobsOverviewParser.parse(
            json(
                "{\"jobs\":[{\"jid\":\"j1\",\"name\":\"a\",\"state\":\"RUNNING\","
                    + "\"start-time\":1000,\"tasks\":{\"running\":2,\"failed\":0}},"
                    + "{\"name\":\"no id\"},{\"jid\":\"j2\",\"state\":\"WEIRD\"}]}"));
    assertThat(jobs).extracting(JobSummary::jobId).containsExactly("j1", "j2");
    assertThat(jobs.get(0).taskCounts()).isEqualTo(Map.of("running", 2, "failed", 0));
    assertThat(jobs.get(0).startTime()).isPresent();
    assertThat(jobs.get(1).state()).isEqualTo(JobState.UNKNOWN);
    assertThat(jobs.get(1).name()).isEmpty();
  }

  @Test
  void jobDetails_verticesAndSchedulerParsed() {
    JobDetails d =
        JobDetailsParser.parse(
            json(
                "{\"jid\":\"j\",\"name\":\"n\",\"state\":\"RESTARTING\",\"maxParallelism\":128,"
                    + "\"schedulerType\":\"Adaptive\",\"vertices\":[{\"id\":\"v1\",\"name\":\"src\","
                    + "\"parallelism\":3,\"status\":\"RUNNING\",\"metrics\":{\"read-records\":5,"
                    + "\"write-records\":\"NaN\"}},{\"id\":\"v2\",\"parallelism\":1}]}"));
    assertThat(d.state()).isEqualTo(JobState.RESTARTING);
    assertThat(d.maxParallelism()).hasValue(128);
    assertThat(d.schedulerType()).hasValue("Adaptive");
    assertThat(d.parallelism()).hasValue(3);
    assertThat(d.vertices().get(0).readRecords()).hasValue(5);
    assertThat(d.vertices().get(0).writeRecords()).isEmpty();
    assertThat(d.vertices().get(1).status()).isEmpty();
  }

  @Test
  void jobMetrics_stringValuesAndNaN() {
    JobMetrics m =
        JobMetricsParser.parse(
            json(
                "[{\"id\":\"numRestarts\",\"value\":\"4\"},{\"id\":\"uptime\",\"value\":\"NaN\"},"
                    + "{\"id\":\"lastCheckpointDuration\",\"value\":12}]"));
    assertThat(m.numRestarts()).hasValue(4);
    assertThat(m.uptimeMs()).isEmpty();
    assertThat(m.lastCheckpointDurationMs()).hasValue(12);
    assertThat(m.restartingTimeMs()).isEmpty();
  }

  @Test
  void jobMetrics_objectInsteadOfList_notObserved() {
    assertThat(JobMetricsParser.parse(json("{\"errors\":[\"x\"]}")))
        .isEqualTo(JobMetrics.notObserved());
  }

  @Test
  void subtaskMetrics_emptyList_notObserved() {
    assertThat(SubtaskMetricsParser.parse(json("[]"))).isEmpty();
    Map<String, AggregatedMetric> m =
        SubtaskMetricsParser.parse(
            json(
                "[{\"id\":\"numRecordsIn\",\"min\":2819,\"max\":112626,\"sum\":200000,\"skew\":100.0}]"));
    assertThat(m.get("numRecordsIn").skew()).hasValue(100.0);
    assertThat(m.get("numRecordsIn").avg()).isEmpty();
  }

  @Test
  void backpressure_deprecated_notObserved() {
    assertThat(BackpressureParser.parse(json("{\"status\":\"deprecated\"}")))
        .isEqualTo(BackpressureInfo.notObserved());
  }

  @Test
  void backpressure_sample_levelAndMaxRatios() {
    BackpressureInfo b =
        BackpressureParser.parse(
            json(
                "{\"status\":\"ok\",\"backpressureLevel\":\"HIGH\",\"subtasks\":[{\"ratio\":0.95,"
                    + "\"busyRatio\":0.01},{\"ratio\":\"NaN\",\"busyRatio\":0.3}]}"));
    assertThat(b.level()).hasValue("high");
    assertThat(b.maxRatio()).hasValue(0.95);
    assertThat(b.maxBusyRatio()).hasValue(0.3);
  }

  @Test
  void backpressure_legacyHyphenatedLevel_parsed() {
    assertThat(
            BackpressureParser.parse(json("{\"status\":\"ok\",\"backpressure-level\":\"low\"}"))
                .level())
        .hasValue("low");
  }

  @Test
  void taskManagers_slotsAndMetrics() {
    List<TaskManagerObservation> tms =
        TaskManagersParser.parse(
            json("{\"taskmanagers\":[{\"id\":\"tm1\",\"slotsNumber\":4,\"freeSlots\":1},{}]}"));
    assertThat(tms).hasSize(1);
    TaskManagerObservation tm =
        TaskManagersParser.withMetrics(
            tms.get(0),
            json(
                "[{\"id\":\"Status.JVM.Memory.Heap.Used\",\"value\":\"506000000\"},"
                    + "{\"id\":\"Status.JVM.Memory.Heap.Max\",\"value\":\"536870912\"}]"));
    assertThat(tm.slots()).hasValue(4);
    assertThat(tm.freeSlots()).hasValue(1);
    assertThat(tm.heapUsedBytes()).hasValue(506000000L);
    assertThat(tm.heapMaxBytes()).hasValue(536870912L);
    assertThat(tm.gcCount()).isEmpty();
  }
}
