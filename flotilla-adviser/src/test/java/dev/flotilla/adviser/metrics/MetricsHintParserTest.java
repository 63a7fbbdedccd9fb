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
}
