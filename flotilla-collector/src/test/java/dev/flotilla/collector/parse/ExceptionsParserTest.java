package dev.flotilla.collector.parse;

import static dev.flotilla.collector.parse.JsonTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.ExceptionRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionsParserTest {
  private static final String V2 =
      "{\"exceptionHistory\":{\"entries\":["
          + "{\"exceptionName\":\"org.apache.flink.runtime.JobException\","
          + "\"stacktrace\":\"org.apache.flink.runtime.JobException: Recovery is suppressed by"
          + " FixedDelayRestartBackoffTimeStrategy\\n\\tat x\",\"timestamp\":3000,"
          + "\"taskName\":null,\"endpoint\":null,\"concurrentExceptions\":["
          + "{\"exceptionName\":\"java.lang.RuntimeException\",\"stacktrace\":"
          + "\"java.lang.RuntimeException: Injected failure: record 3000 on subtask 0\\n\\tat y\","
          + "\"timestamp\":3000,\"taskName\":\"counter (1/2)\",\"endpoint\":\"localhost:1234\"}]},"
          + "{\"exceptionName\":\"java.lang.RuntimeException\",\"stacktrace\":"
          + "\"java.lang.RuntimeException: Injected failure: record 3000 on subtask 1\","
          + "\"timestamp\":1000,\"taskName\":\"counter (2/2)\",\"location\":\"localhost:99\","
          + "\"concurrentExceptions\":[]}],\"truncated\":false}}";

  private static final String V1 =
      "{\"root-exception\":\"java.lang.OutOfMemoryError: Java heap space\\n\\tat z\","
          + "\"timestamp\":5000,\"all-exceptions\":[{\"exception\":\"java.lang.IllegalStateException:"
          + " older\",\"task\":\"map (1/1)\",\"location\":\"localhost:7\",\"timestamp\":4000}],"
          + "\"truncated\":false}";

  @Test
  void parse_v2History_includesConcurrentNewestFirst() {
    List<ExceptionRecord> r = ExceptionsParser.parse(json(V2));
    assertThat(r).hasSize(3);
    assertThat(r.get(0).firstLine()).contains("Recovery is suppressed");
    assertThat(r.get(1).firstLine())
        .isEqualTo("java.lang.RuntimeException: Injected failure: record 3000 on subtask 0");
    assertThat(r.get(1).taskName()).hasValue("counter (1/2)");
    assertThat(r.get(1).endpoint()).hasValue("localhost:1234");
    assertThat(r.get(2).timestamp()).hasValue(Instant.ofEpochMilli(1000));
    assertThat(r.get(2).endpoint()).hasValue("localhost:99");
    assertThat(r.get(0).taskName()).isEmpty();
  }

  @Test
  void parse_legacyShapeOnly_readsRootAndAll() {
    List<ExceptionRecord> r = ExceptionsParser.parse(json(V1));
    assertThat(r)
        .extracting(ExceptionRecord::exceptionName)
        .containsExactly("java.lang.OutOfMemoryError", "java.lang.IllegalStateException");
    assertThat(r.get(0).timestamp()).hasValue(Instant.ofEpochMilli(5000));
    assertThat(r.get(1).taskName()).hasValue("map (1/1)");
    assertThat(r.get(1).endpoint()).hasValue("localhost:7");
  }

  @Test
  void parse_bothShapes_prefersHistory() {
    String both = V1.substring(0, V1.length() - 1) + "," + V2.substring(1);
    List<ExceptionRecord> r = ExceptionsParser.parse(json(both));
    assertThat(r).hasSize(3);
    assertThat(ExceptionsParser.parseLegacy(json(both))).hasSize(2);
  }

  @Test
  void parse_emptyOrGarbage_isEmpty() {
    assertThat(
            ExceptionsParser.parse(
                json("{\"exceptionHistory\":{\"entries\":[],\"truncated\":false}}")))
        .isEmpty();
    assertThat(ExceptionsParser.parse(json("{\"exceptionHistory\":5,\"root-exception\":7}")))
        .isEmpty();
    assertThat(ExceptionsParser.parse(json("[]"))).isEmpty();
  }

  @Test
  void parse_entryWithoutName_derivesNameFromTrace() {
    List<ExceptionRecord> r =
        ExceptionsParser.parse(
            json("{\"exceptionHistory\":{\"entries\":[{\"stacktrace\":\"a.B: boom\"}]}}"));
    assertThat(r.get(0).exceptionName()).isEqualTo("a.B");
    assertThat(r.get(0).timestamp()).isEmpty();
  }
}
