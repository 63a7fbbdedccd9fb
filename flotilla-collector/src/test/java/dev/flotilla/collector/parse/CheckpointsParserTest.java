package dev.flotilla.collector.parse;

import static dev.flotilla.collector.parse.JsonTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.CheckpointSummary;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckpointsParserTest {

  @Test
  void parse_latestSections_readAll() {
    CheckpointSummary c =
        CheckpointsParser.parse(
            json(
                "{\"counts\":{\"completed\":5,\"failed\":1,\"in_progress\":0},\"latest\":{"
                    + "\"completed\":{\"latest_ack_timestamp\":2000,\"end_to_end_duration\":42,"
                    + "\"checkpointed_size\":7012,\"external_path\":\"file:/c/chk-6\"},"
                    + "\"failed\":{\"failure_timestamp\":1500,\"failure_message\":\"Checkpoint expired"
                    + " before completing.\"},\"savepoint\":{\"external_path\":\"file:/s/sp-1\"},"
                    + "\"restored\":{\"external_path\":\"file:/s/sp-0\",\"is_savepoint\":true}}}"));
    assertThat(c.completed()).hasValue(5);
    assertThat(c.failed()).hasValue(1);
    assertThat(c.inProgress()).hasValue(0);
    assertThat(c.latestCompletedAt()).hasValue(Instant.ofEpochMilli(2000));
    assertThat(c.latestCompletedDurationMs()).hasValue(42);
    assertThat(c.latestCompletedSizeBytes()).hasValue(7012);
    assertThat(c.latestCompletedPath()).hasValue("file:/c/chk-6");
    assertThat(c.latestFailedAt()).hasValue(Instant.ofEpochMilli(1500));
    assertThat(c.latestFailureMessage()).hasValue("Checkpoint expired before completing.");
    assertThat(c.latestSavepointPath()).hasValue("file:/s/sp-1");
    assertThat(c.restoredFromPath()).hasValue("file:/s/sp-0");
  }

  @Test
  void parse_nullLatest_notObservedNotZero() {
    CheckpointSummary c =
        CheckpointsParser.parse(
            json("{\"counts\":{\"completed\":0},\"latest\":{\"completed\":null,\"failed\":null}}"));
    assertThat(c.completed()).hasValue(0);
    assertThat(c.failed()).isEmpty();
    assertThat(c.latestCompletedPath()).isEmpty();
    assertThat(c.latestFailureMessage()).isEmpty();
  }

  @Test
  void parse_failureOnlyInHistory_usesNewestFailedEntry() {
    CheckpointSummary c =
        CheckpointsParser.parse(
            json(
                "{\"history\":[{\"id\":3,\"status\":\"IN_PROGRESS\"},{\"id\":2,\"status\":\"FAILED\","
                    + "\"trigger_timestamp\":900,\"failure_message\":\"Checkpoint expired before"
                    + " completing.\"},{\"id\":1,\"status\":\"FAILED\",\"failure_message\":\"old\"}]}"));
    assertThat(c.latestFailureMessage()).hasValue("Checkpoint expired before completing.");
    assertThat(c.latestFailedAt()).hasValue(Instant.ofEpochMilli(900));
    assertThat(
            CheckpointsParser.history(json("{\"history\":[{\"id\":1,\"status\":\"COMPLETED\"}]}")))
        .hasSize(1);
  }
}
