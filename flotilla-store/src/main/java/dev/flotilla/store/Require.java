package dev.flotilla.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;

/** Argument checks for row records: bad input fails where it is made, naming the field. */
final class Require {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Require() {}

  static String json(String json, String field) {
    Objects.requireNonNull(json, field);
    try {
      MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          field + " must be valid JSON but was '" + json + "': " + e.getOriginalMessage());
    }
    if (json.isBlank()) {
      throw new IllegalArgumentException(field + " must be valid JSON but was blank");
    }
    return json;
  }

  static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }
}
