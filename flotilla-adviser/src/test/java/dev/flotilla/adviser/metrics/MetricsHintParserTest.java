package dev.flotilla.adviser.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsHintParserTest {
  private final MetricsHintParser parser = new MetricsHintParser();

  @Test
  void parse_backpressureAndBusy_givesBoth() {
    assertThat(parser.parse("backpressure high on source, busy 100% on window"))
        .containsExactlyInAnyOrder(Symptom.BACKPRESSURE_HIGH, Symptom.OPERATOR_BUSY);
  }

  @Test
  void parse_recordedLabNumbers_givesBackpressureBusyAndSlowCheckpoints() {
    assertThat(
            parser.parse(
                "source backpressureLevel high ratio 0.95; downstream busyRatio 0.999,"
                    + " busyTimeMsPerSecond 999; aligned checkpoints slowed to about 17 s"))
        .contains(Symptom.BACKPRESSURE_HIGH, Symptom.OPERATOR_BUSY, Symptom.CHECKPOINT_SLOW);
  }

  @Test
  void parse_skewStatements_giveKeySkew() {
    assertThat(parser.parse("one subtask receives 90% of records"))
        .containsExactly(Symptom.KEY_SKEW);
    assertThat(parser.parse("numRecordsIn min 2819 / max 112626"))
        .containsExactly(Symptom.KEY_SKEW);
    assertThat(parser.parse("skew 100.0")).containsExactly(Symptom.KEY_SKEW);
    assertThat(parser.parse("one subtask of the keyed window processes 90% of records"))
        .containsExactly(Symptom.KEY_SKEW);
    assertThat(parser.parse("one subtask processes 30% of records")).isEmpty();
  }

  @Test
  void parse_checkpointRising_givesSlowCheckpoint() {
    assertThat(parser.parse("checkpoint duration rising towards timeout"))
        .containsExactly(Symptom.CHECKPOINT_SLOW);
  }

  @Test
  void parse_weakOrNormalStatements_giveNothing() {
    assertThat(parser.parse("backpressure low, busy 12%, skew 3.1")).isEmpty();
    assertThat(parser.parse("numRecordsIn min 1000 / max 1200")).isEmpty();
    assertThat(parser.parse("")).isEmpty();
  }

  @Test
  void parse_flinkMetricNamesAndEverydayWording_areRead() {
    assertThat(parser.parse("backPressuredTimeMsPerSecond=1000 on Kafka source"))
        .contains(Symptom.BACKPRESSURE_HIGH);
    assertThat(parser.parse("isBackPressured true on source")).contains(Symptom.BACKPRESSURE_HIGH);
    assertThat(parser.parse("outPoolUsage 100% on source")).contains(Symptom.BACKPRESSURE_HIGH);
    assertThat(parser.parse("window operator busy ratio 0.98")).contains(Symptom.OPERATOR_BUSY);
    assertThat(parser.parse("the sink is the bottleneck")).contains(Symptom.OPERATOR_BUSY);
    assertThat(parser.parse("kafka consumer lag keeps growing"))
        .containsExactly(Symptom.LAG_GROWING);
  }

  @Test
  void parse_skewInNumbersOrOneVersusOthers_givesKeySkew() {
    assertThat(parser.parse("numRecordsIn per subtask: min 1,000 max 2,000,000"))
        .contains(Symptom.KEY_SKEW);
    assertThat(parser.parse("records received per subtask range from 2k to 900k"))
        .contains(Symptom.KEY_SKEW);
    assertThat(parser.parse("subtask 3 processes 10x more records than the others"))
        .contains(Symptom.KEY_SKEW);
    assertThat(parser.parse("one key accounts for 70% of traffic")).contains(Symptom.KEY_SKEW);
    assertThat(parser.parse("subtask 7 busy 100% while the other subtasks are idle"))
        .contains(Symptom.KEY_SKEW);
  }

  @Test
  void parse_checkpointAndHeapTrends_areRead() {
    assertThat(parser.parse("checkpoints taking 8 minutes with a 10 minute timeout"))
        .contains(Symptom.CHECKPOINT_SLOW);
    assertThat(parser.parse("checkpoint end-to-end duration keeps increasing"))
        .contains(Symptom.CHECKPOINT_SLOW);
    assertThat(parser.parse("heap used after GC 95%")).containsExactly(Symptom.HEAP_PRESSURE);
    assertThat(parser.parse("full GC every 30s")).containsExactly(Symptom.HEAP_PRESSURE);
  }

  @Test
  void parse_ordinaryReadings_giveNothing() {
    assertThat(parser.parse("consumer lag stable near 0, CPU 30%")).isEmpty();
    assertThat(parser.parse("heap 45% after GC, GC time 2%")).isEmpty();
    assertThat(parser.parse("checkpoint duration 2 s, stable")).isEmpty();
    assertThat(parser.parse("some subtasks get 2x more records than others")).isEmpty();
    assertThat(parser.parse("records per subtask range from 900 to 1,200")).isEmpty();
    assertThat(parser.parse("numRecordsIn min 1.000.000 max 1.200.000")).isEmpty();
  }

  @Test
  void parse_reportWording_backpressuredNoDataAndOldGen() {
    assertThat(parser.parse("upstream operators backpressured"))
        .contains(Symptom.BACKPRESSURE_HIGH);
    assertThat(parser.parse("the source is not backpressured"))
        .doesNotContain(Symptom.BACKPRESSURE_HIGH);
    assertThat(parser.parse("some write subtasks process no data while others take it all"))
        .contains(Symptom.KEY_SKEW);
    assertThat(parser.parse("checkpoint duration grows exponentially to the timeout"))
        .contains(Symptom.CHECKPOINT_SLOW);
    assertThat(parser.parse("frequent G1 old-gen GC pauses stall the job"))
        .contains(Symptom.HEAP_PRESSURE);
  }
}
