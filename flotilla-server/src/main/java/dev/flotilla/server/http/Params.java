package dev.flotilla.server.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Query parameter parsing; every bad value becomes a 400 naming the parameter. */
public final class Params {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([smhdw])");

  private Params() {}

  public static Optional<String> text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }

  public static int integer(Context ctx, String name, int fallback, int min, int max) {
    Optional<String> v = text(ctx, name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n < min || n > max) {
        throw ApiException.badParameter(
            name, name + " must be in " + min + ".." + max + " but was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, name + " must be an integer but was '" + v.get() + "'");
    }
  }

  public static Optional<Instant> instant(Context ctx, String name) {
    return text(ctx, name).map(v -> parseInstant(name, v));
  }

  private static Instant parseInstant(String name, String v) {
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(
          name,
          name + " must be an ISO-8601 instant like 2026-05-01T10:00:00Z but was '" + v + "'");
    }
  }

  /** Parses {@code 90s}, {@code 30m}, {@code 6h}, {@code 7d}, {@code 2w}. */
  public static Optional<Duration> duration(Context ctx, String name) {
    return text(ctx, name).map(v -> parseDuration(name, v));
  }

  static Duration parseDuration(String name, String v) {
    Matcher m = DURATION.matcher(v);
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw ApiException.badParameter(
          name, name + " must be a positive duration like 30m, 6h or 7d but was '" + v + "'");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> Duration.ofDays(7 * n);
    };
  }

  /** A value parsed by {@code parser}, whose IllegalArgumentException message is kept. */
  public static <T> Optional<T> parsed(Context ctx, String name, Function<String, T> parser) {
    return text(ctx, name)
        .map(
            v -> {
              try {
                return parser.apply(v);
              } catch (IllegalArgumentException e) {
                throw ApiException.badParameter(name, name + ": " + e.getMessage());
              }
            });
  }

  /**
   * The window {@code [from, to)}: explicit {@code from}/{@code to} (to defaults to now), or the
   * last {@code since} (default {@code fallback}) up to now. Giving both {@code from} and {@code
   * since} is an error.
   */
  public static Window window(Context ctx, Clock clock, Duration fallback) {
    Instant now = clock.instant();
    Optional<Instant> from = instant(ctx, "from");
    Optional<Instant> to = instant(ctx, "to");
    Optional<Duration> since = duration(ctx, "since");
    if (from.isPresent() && since.isPresent()) {
      throw ApiException.badParameter("since", "give either from/to or since, not both");
    }
    Instant end = to.orElse(now);
    Instant start = from.orElseGet(() -> end.minus(since.orElse(fallback)));
    if (!end.isAfter(start)) {
      throw ApiException.badParameter("to", "to (" + end + ") must be after from (" + start + ")");
    }
    return new Window(start, end);
  }

  /** A half-open time window. */
  public record Window(Instant from, Instant to) {}
}
