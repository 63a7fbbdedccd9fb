package dev.flotilla.collector.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A {@code [{"id":"numRestarts","value":"3"}, ...]} answer (job, JobManager and TaskManager
 * metrics). Values are strings in Flink's JSON; "NaN" and non-numbers read as empty.
 */
public final class MetricValues {
  private final Map<String, JsonNode> values;

  private MetricValues(Map<String, JsonNode> values) {
    this.values = values;
  }

  public static MetricValues parse(JsonNode root) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (JsonNode m : Json.elements(root)) {
      Json.text(m, "id").ifPresent(id -> values.put(id, Json.field(m, "value")));
    }
    return new MetricValues(values);
  }

  public OptionalLong longValue(String id) {
    return Json.asLong(values.get(id));
  }

  public OptionalDouble doubleValue(String id) {
    return Json.asDouble(values.get(id));
  }

  public int size() {
    return values.size();
  }
}
