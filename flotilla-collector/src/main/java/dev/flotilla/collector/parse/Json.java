package dev.flotilla.collector.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Tolerant field readers: anything absent, null, NaN or of the wrong type reads as empty. */
public final class Json {
  private Json() {}

  /** The child {@code field}, or a missing node when {@code node} is not an object. */
  public static JsonNode field(JsonNode node, String field) {
    if (node == null || !node.isObject()) {
      return MissingNode.getInstance();
    }
    JsonNode child = node.get(field);
    return child == null ? MissingNode.getInstance() : child;
  }

  /** The first present, non-null child among {@code fields}. */
  public static JsonNode firstField(JsonNode node, String... fields) {
    for (String f : fields) {
      JsonNode child = field(node, f);
      if (!child.isMissingNode() && !child.isNull()) {
        return child;
      }
    }
    return MissingNode.getInstance();
  }

  /** The elements of an array field; empty for anything that is not an array. */
  public static List<JsonNode> array(JsonNode node, String field) {
    return elements(field(node, field));
  }

  public static List<JsonNode> elements(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(out::add);
    }
    return out;
  }

  public static Optional<String> text(JsonNode node, String field) {
    return asText(field(node, field));
  }

  public static Optional<String> asText(JsonNode value) {
    return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
  }

  public static OptionalDouble decimal(JsonNode node, String field) {
    return asDouble(field(node, field));
  }

  /** A finite number, or a string holding one; "NaN", infinities and other types are empty. */
  public static OptionalDouble asDouble(JsonNode value) {
    double d;
    if (value == null) {
      return OptionalDouble.empty();
    } else if (value.isNumber()) {
      d = value.doubleValue();
    } else if (value.isTextual()) {
      try {
        d = Double.parseDouble(value.textValue().strip());
      } catch (NumberFormatException e) {
        return OptionalDouble.empty();
      }
    } else {
      return OptionalDouble.empty();
    }
    return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
  }

  public static OptionalLong integer(JsonNode node, String field) {
    return asLong(field(node, field));
  }

  /** An integral number (or a string holding one; a decimal is truncated). */
  public static OptionalLong asLong(JsonNode value) {
    if (value != null && value.isIntegralNumber() && value.canConvertToLong()) {
      return OptionalLong.of(value.longValue());
    }
    if (value != null && value.isTextual()) {
      try {
        return OptionalLong.of(Long.parseLong(value.textValue().strip()));
      } catch (NumberFormatException e) {
        // fall through to a decimal
      }
    }
    OptionalDouble d = asDouble(value);
    if (d.isPresent() && Math.abs(d.getAsDouble()) < 9.0e18) {
      return OptionalLong.of((long) d.getAsDouble());
    }
    return OptionalLong.empty();
  }

  public static OptionalInt smallInteger(JsonNode node, String field) {
    return asInt(field(node, field));
  }

  public static OptionalInt asInt(JsonNode value) {
    OptionalLong l = asLong(value);
    if (l.isPresent() && l.getAsLong() >= Integer.MIN_VALUE && l.getAsLong() <= Integer.MAX_VALUE) {
      return OptionalInt.of((int) l.getAsLong());
    }
    return OptionalInt.empty();
  }

  /** Epoch milliseconds; Flink writes -1 (or 0) for "never", which reads as empty. */
  public static Optional<Instant> epochMillis(JsonNode node, String field) {
    OptionalLong ms = integer(node, field);
    return ms.isPresent() && ms.getAsLong() > 0
        ? Optional.of(Instant.ofEpochMilli(ms.getAsLong()))
        : Optional.empty();
  }

  public static Optional<Boolean> bool(JsonNode node, String field) {
    JsonNode value = field(node, field);
    return value.isBoolean() ? Optional.of(value.booleanValue()) : Optional.empty();
  }
}
