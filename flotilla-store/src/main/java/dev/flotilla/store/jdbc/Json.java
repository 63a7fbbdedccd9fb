package dev.flotilla.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flotilla.store.StoreException;
import java.util.Collection;
import java.util.List;

/** JSON text for string lists kept in TEXT columns. */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private Json() {}

  static String strings(Collection<String> values) {
    try {
      return MAPPER.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot encode " + values + " as JSON", e);
    }
  }

  static List<String> strings(String json, String column) {
    try {
      return MAPPER.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new StoreException("column " + column + " holds invalid JSON: " + json, e);
    }
  }

  /** Returns {@code json} if it parses; otherwise names {@code field} in the error. */
  static String requireValid(String json, String field) {
    try {
      MAPPER.readTree(json);
      return json;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException(field + " must be valid JSON but was '" + json + "'", e);
    }
  }
}
