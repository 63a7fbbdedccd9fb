package dev.flotilla.collector.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.model.ExceptionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Parses {@code GET /jobs/:id/exceptions} in both shapes: Flink 2.x ({@code
 * exceptionHistory{entries[],truncated}} only) and 1.x (also {@code root-exception}, {@code
 * timestamp}, {@code all-exceptions}, {@code truncated}). The history is preferred; the legacy
 * fields are used when the history is absent or empty.
 *
 * <p>Each history entry is followed by its {@code concurrentExceptions[]} (they carry the root
 * cause when the top entry is "Recovery is suppressed…"). The result is newest first; entries with
 * equal timestamps keep Flink's order.
 */
public final class ExceptionsParser {
  private static final Comparator<ExceptionRecord> NEWEST_FIRST =
      Comparator.comparing(
          (ExceptionRecord r) -> r.timestamp().orElse(Instant.MIN), Comparator.reverseOrder());

  private ExceptionsParser() {}

  public static List<ExceptionRecord> parse(JsonNode root) {
    List<ExceptionRecord> history = parseHistory(root);
    return history.isEmpty() ? parseLegacy(root) : history;
  }

  /** Only {@code exceptionHistory.entries[]} with their concurrent exceptions, newest first. */
  public static List<ExceptionRecord> parseHistory(JsonNode root) {
    List<ExceptionRecord> out = new ArrayList<>();
    for (JsonNode entry : Json.array(Json.field(root, "exceptionHistory"), "entries")) {
      entry(entry).ifPresent(out::add);
      for (JsonNode concurrent : Json.array(entry, "concurrentExceptions")) {
        entry(concurrent).ifPresent(out::add);
      }
    }
    out.sort(NEWEST_FIRST);
    return List.copyOf(out);
  }

  /** Only the Flink 1.x fields {@code root-exception}/{@code all-exceptions}, newest first. */
  public static List<ExceptionRecord> parseLegacy(JsonNode root) {
    List<ExceptionRecord> out = new ArrayList<>();
    Optional<String> rootTrace = Json.text(root, "root-exception").filter(s -> !s.isBlank());
    rootTrace.ifPresent(
        trace ->
            out.add(
                new ExceptionRecord(
                    Json.epochMillis(root, "timestamp"),
                    nameFromTrace(trace),
                    trace,
                    Optional.empty(),
                    Optional.empty())));
    for (JsonNode e : Json.array(root, "all-exceptions")) {
      Optional<String> trace = Json.text(e, "exception").filter(s -> !s.isBlank());
      if (trace.isEmpty()) {
        continue;
      }
      out.add(
          new ExceptionRecord(
              Json.epochMillis(e, "timestamp"),
              nameFromTrace(trace.get()),
              trace.get(),
              Json.text(e, "task").filter(s -> !s.isBlank()),
              Json.asText(Json.firstField(e, "endpoint", "location")).filter(s -> !s.isBlank())));
    }
    out.sort(NEWEST_FIRST);
    return List.copyOf(out);
  }

  private static Optional<ExceptionRecord> entry(JsonNode e) {
    Optional<String> trace = Json.text(e, "stacktrace");
    Optional<String> name = Json.text(e, "exceptionName").filter(s -> !s.isBlank());
    if (trace.isEmpty() && name.isEmpty()) {
      return Optional.empty();
    }
    String stacktrace = trace.orElse("");
    return Optional.of(
        new ExceptionRecord(
            Json.epochMillis(e, "timestamp"),
            name.orElseGet(() -> nameFromTrace(stacktrace)),
            stacktrace,
            Json.text(e, "taskName").filter(s -> !s.isBlank()),
            Json.asText(Json.firstField(e, "endpoint", "location")).filter(s -> !s.isBlank())));
  }

  /** "java.lang.RuntimeException: boom\n\tat …" gives "java.lang.RuntimeException". */
  static String nameFromTrace(String trace) {
    String first = trace.strip().lines().findFirst().orElse("").strip();
    int colon = first.indexOf(':');
    String name = colon < 0 ? first : first.substring(0, colon);
    return name.isBlank() ? "unknown" : name.strip();
  }
}
