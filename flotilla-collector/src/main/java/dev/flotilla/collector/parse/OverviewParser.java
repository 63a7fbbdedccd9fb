package dev.flotilla.collector.parse;

import com.fasterxml.jackson.databind.JsonNode;

/** Parses {@code GET /overview}. */
public final class OverviewParser {
  private OverviewParser() {}

  public static OverviewInfo parse(JsonNode root) {
    return new OverviewInfo(
        Json.text(root, "flink-version").filter(v -> !v.isBlank()),
        Json.smallInteger(root, "taskmanagers"),
        Json.smallInteger(root, "slots-total"),
        Json.smallInteger(root, "slots-available"));
  }
}
