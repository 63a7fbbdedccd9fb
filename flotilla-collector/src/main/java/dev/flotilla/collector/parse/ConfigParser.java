package dev.flotilla.collector.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code GET /config}. */
public final class ConfigParser {
  private ConfigParser() {}

  public static ConfigInfo parse(JsonNode root) {
    Map<String, Boolean> features = new LinkedHashMap<>();
    JsonNode node = Json.field(root, "features");
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isBoolean()) {
                  features.put(e.getKey(), e.getValue().booleanValue());
                }
              });
    }
    return new ConfigInfo(Json.text(root, "flink-version").filter(v -> !v.isBlank()), features);
  }
}
