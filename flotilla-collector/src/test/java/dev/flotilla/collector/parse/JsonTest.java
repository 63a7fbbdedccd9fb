package dev.flotilla.collector.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonTest {
  static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  @Test
  void integer_numberStringOrDecimal_readsValue() {
    JsonNode n = json("{\"a\":5,\"b\":\"7\",\"c\":3.9,\"d\":\"12.5\"}");
    assertThat(Json.integer(n, "a")).hasValue(5);
    assertThat(Json.integer(n, "b")).hasValue(7);
    assertThat(Json.integer(n, "c")).hasValue(3);
    assertThat(Json.integer(n, "d")).hasValue(12);
  }

  @Test
  void integer_missingNullNanOrWrongType_isEmptyNotZero() {
    JsonNode n = json("{\"a\":null,\"b\":\"NaN\",\"c\":true,\"d\":{},\"e\":\"x\",\"f\":[1]}");
    for (String f : new String[] {"a", "b", "c", "d", "e", "f", "missing"}) {
      assertThat(Json.integer(n, f)).as(f).isEmpty();
      assertThat(Json.decimal(n, f)).as(f).isEmpty();
    }
  }

  @Test
  void decimal_infinityString_isEmpty() {
    assertThat(Json.decimal(json("{\"a\":\"Infinity\"}"), "a")).isEmpty();
    assertThat(Json.decimal(json("{\"a\":\"0.25\"}"), "a")).hasValue(0.25);
  }

  @Test
  void text_numberInsteadOfString_isEmpty() {
    assertThat(Json.text(json("{\"a\":5}"), "a")).isEmpty();
    assertThat(Json.text(json("{\"a\":\"x\"}"), "a")).hasValue("x");
  }

  @Test
  void epochMillis_minusOne_isEmpty() {
    JsonNode n = json("{\"a\":-1,\"b\":1764000000000}");
    assertThat(Json.epochMillis(n, "a")).isEmpty();
    assertThat(Json.epochMillis(n, "b")).hasValue(Instant.ofEpochMilli(1764000000000L));
  }

  @Test
  void field_onNonObject_isMissing() {
    assertThat(Json.field(json("[1,2]"), "a").isMissingNode()).isTrue();
    assertThat(Json.array(json("{\"a\":3}"), "a")).isEmpty();
  }
}
