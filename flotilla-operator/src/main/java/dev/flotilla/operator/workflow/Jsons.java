package dev.flotilla.operator.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** The operator's JSON: parameters, intents and results. */
public final class Jsons {
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private Jsons() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON of " + value + ": " + e.getMessage(), e);
    }
  }

  public static JsonNode read(String text, String what) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + what + " is not JSON: " + e.getMessage(), e);
    }
  }

  /** The JSON tree of {@code text}, or empty when it is not JSON (e.g. a hand-edited audit row). */
  public static java.util.Optional<JsonNode> tree(String text) {
    try {
      return java.util.Optional.ofNullable(MAPPER.readTree(text));
    } catch (JsonProcessingException e) {
      return java.util.Optional.empty();
    }
  }

  public static WorkflowParams params(String text, String workflowId) {
    try {
      return MAPPER.readValue(text, WorkflowParams.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "params of workflow " + workflowId + " cannot be read: " + e.getOriginalMessage(), e);
    }
  }
}
