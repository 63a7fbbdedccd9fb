package dev.flotilla.collector.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Parses {@code GET /jobs/:id/vertices/:vid/backpressure}. {@code {"status":"deprecated"}} (no
 * sample, e.g. during restarts) is not observed. Flink 1.x spells the level {@code
 * backpressure-level}.
 */
public final class BackpressureParser {
  private BackpressureParser() {}

  public static BackpressureInfo parse(JsonNode root) {
    Optional<String> status = Json.text(root, "status");
    if (status.isPresent() && status.get().equalsIgnoreCase("deprecated")) {
      return BackpressureInfo.notObserved();
    }
    Optional<String> level =
        Json.asText(Json.firstField(root, "backpressureLevel", "backpressure-level"))
            .filter(s -> !s.isBlank())
            .map(s -> s.toLowerCase(Locale.ROOT));
    return new BackpressureInfo(
        level, max(root, s -> Json.field(s, "ratio")), max(root, s -> Json.field(s, "busyRatio")));
  }

  private static OptionalDouble max(JsonNode root, Function<JsonNode, JsonNode> value) {
    return Json.array(root, "subtasks").stream()
        .map(value)
        .map(Json::asDouble)
        .filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble)
        .max();
  }
}
