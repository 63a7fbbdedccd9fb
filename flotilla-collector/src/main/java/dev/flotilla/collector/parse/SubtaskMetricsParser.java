package dev.flotilla.collector.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses {@code GET /jobs/:id/vertices/:vid/subtasks/metrics?get=...}: a list of aggregated metrics
 * by name. {@code []} (what Flink answers when any requested name is unknown) gives an empty map:
 * not observed.
 */
public final class SubtaskMetricsParser {
  /** The exact query the collector sends (and the fixtures were recorded with). */
  public static final String QUERY =
      "get=busyTimeMsPerSecond,backPressuredTimeMsPerSecond,numRecordsIn,numRecordsOut";

  private SubtaskMetricsParser() {}

  public static Map<String, AggregatedMetric> parse(JsonNode root) {
    Map<String, AggregatedMetric> out = new LinkedHashMap<>();
    for (JsonNode m : Json.elements(root)) {
      Json.text(m, "id")
          .ifPresent(
              id ->
                  out.put(
                      id,
                      new AggregatedMetric(
                          id,
                          Json.decimal(m, "min"),
                          Json.decimal(m, "max"),
                          Json.decimal(m, "avg"),
                          Json.decimal(m, "sum"),
                          Json.decimal(m, "skew"))));
    }
    return out;
  }
}
