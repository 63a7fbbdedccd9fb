package dev.flotilla.config.option;

import dev.flotilla.config.AutoAction;
import dev.flotilla.config.Names;
import dev.flotilla.config.Role;
import dev.flotilla.model.Tier;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The value types options are declared with. */
public final class Types {
  private Types() {}

  public static ValueType<String> string() {
    return new ScalarType<>("string", "a string", text -> text);
  }

  /** A cluster, job or token name: letters, digits, '.', '_', '-'; no '/'. */
  public static ValueType<String> name() {
    return new ScalarType<>(
        "name",
        "a name",
        text -> {
          if (!Names.isValid(text)) {
            throw ValueException.badValue(
                "expected a name of letters, digits, '.', '_' or '-' but was '" + text + "'");
          }
          return text;
        });
  }

  public static ValueType<String> jdbcUrl() {
    return new ScalarType<>(
        "JDBC URL",
        "a JDBC URL",
        text -> {
          if (!text.startsWith("jdbc:sqlite:") && !text.startsWith("jdbc:postgresql:")) {
            throw ValueException.wrongType(
                "expected a JDBC URL (jdbc:sqlite:… or jdbc:postgresql:…) but was '" + text + "'");
          }
          return text;
        });
  }

  /** An integer in {@code [min, max]}. */
  public static ValueType<Integer> integer(int min, int max) {
    String range = max == Integer.MAX_VALUE ? "≥ " + min : min + "–" + max;
    return new ScalarType<>(
        "integer " + range,
        "an integer",
        text -> {
          long value = parseLong(text, "an integer");
          if (value < min || value > max) {
            throw ValueException.badValue("must be " + range + " but was " + value);
          }
          return (int) value;
        });
  }

  public static ValueType<Integer> atLeast(int min) {
    return integer(min, Integer.MAX_VALUE);
  }

  public static ValueType<Long> longAtLeast(long min) {
    return new ScalarType<>(
        "integer ≥ " + min,
        "an integer",
        text -> {
          long value = parseLong(text, "an integer");
          if (value < min) {
            throw ValueException.badValue("must be ≥ " + min + " but was " + value);
          }
          return value;
        });
  }

  /** A percentage in (0, 100]. */
  public static ValueType<Double> percent() {
    return new ScalarType<>(
        "percent",
        "a percentage",
        text -> {
          double value;
          try {
            value = Double.parseDouble(text.trim());
          } catch (NumberFormatException e) {
            throw ValueException.wrongType("expected a percentage but was '" + text + "'");
          }
          if (!(value > 0 && value <= 100)) {
            throw ValueException.badValue("must be a percentage in (0, 100] but was " + text);
          }
          return value;
        });
  }

  public static ValueType<Boolean> bool() {
    return new ScalarType<>(
        "boolean",
        "true or false",
        text -> {
          if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
          }
          throw ValueException.wrongType("expected true or false but was '" + text + "'");
        });
  }

  /** A duration ≥ 0 such as {@code 10s}. */
  public static ValueType<Duration> duration() {
    return new ScalarType<>("duration", "a duration", Durations::parse);
  }

  /** A duration > 0. */
  public static ValueType<Duration> positiveDuration() {
    return new ScalarType<>(
        "duration > 0",
        "a duration",
        text -> {
          Duration d = Durations.parse(text);
          if (d.isZero()) {
            throw ValueException.badValue("must be longer than 0 but was '" + text + "'");
          }
          return d;
        });
  }

  /** An absolute http:// or https:// URL with a host. */
  public static ValueType<URI> httpUrl() {
    return new ScalarType<>(
        "http(s) URL",
        "an http(s) URL",
        text -> {
          Optional<URI> uri = parseUri(text);
          boolean ok =
              uri.isPresent()
                  && ("http".equals(uri.get().getScheme()) || "https".equals(uri.get().getScheme()))
                  && uri.get().getHost() != null;
          if (!ok) {
            throw ValueException.wrongType("expected an http(s) URL but was '" + text + "'");
          }
          return uri.get();
        });
  }

  /** An absolute URI with a scheme, e.g. {@code file:///data/east} or {@code s3://bucket/x}. */
  public static ValueType<URI> uri() {
    return new ScalarType<>(
        "URI",
        "an absolute URI",
        text -> {
          Optional<URI> uri = parseUri(text);
          if (uri.isEmpty() || uri.get().getScheme() == null) {
            throw ValueException.wrongType(
                "expected an absolute URI such as file:///data/x or s3://bucket/x but was '"
                    + text
                    + "'");
          }
          return uri.get();
        });
  }

  /** An ISO-8601 instant such as {@code 2026-01-10T02:00:00Z}. */
  public static ValueType<Instant> instant() {
    return new ScalarType<>(
        "instant (ISO-8601, UTC)",
        "an ISO-8601 instant",
        text -> {
          try {
            return Instant.parse(text.trim());
          } catch (DateTimeParseException e) {
            throw ValueException.wrongType(
                "expected an ISO-8601 instant like 2026-01-10T02:00:00Z but was '" + text + "'");
          }
        });
  }

  public static ValueType<Tier> tier() {
    return oneOf(Tier.values(), Tier::name, Tier::parse);
  }

  public static ValueType<AutoAction> autoAction() {
    return oneOf(AutoAction.values(), AutoAction::yamlName, t -> AutoAction.fromYaml(t).get());
  }

  public static ValueType<Role> role() {
    return oneOf(Role.values(), Role::yamlName, t -> Role.fromYaml(t).get());
  }

  public static <T> ValueType<java.util.List<T>> listOf(ValueType<T> element) {
    return new ListType<>(element);
  }

  /** A mapping of text keys to text values (numbers and booleans are kept as written). */
  public static ValueType<java.util.Map<String, String>> stringMap() {
    return new StringMapType();
  }

  private static <E> ValueType<E> oneOf(E[] values, Function<E, String> yaml, Lookup<E> lookup) {
    String choices = Arrays.stream(values).map(yaml).collect(Collectors.joining(", "));
    return new ScalarType<>(
        "one of " + choices,
        "one of " + choices,
        text -> {
          for (E value : values) {
            if (yaml.apply(value).equalsIgnoreCase(text.trim())) {
              return lookup.find(text.trim());
            }
          }
          throw ValueException.badValue("expected one of " + choices + " but was '" + text + "'");
        });
  }

  @FunctionalInterface
  private interface Lookup<E> {
    E find(String text);
  }

  private static long parseLong(String text, String expected) throws ValueException {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw ValueException.wrongType("expected " + expected + " but was '" + text + "'");
    }
  }

  private static Optional<URI> parseUri(String text) {
    try {
      return Optional.of(new URI(text.trim()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
