package dev.flotilla.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a job's exception history (Flink 2.x {@code exceptionHistory.entries[]} or 1.x
 * {@code all-exceptions[]}).
 *
 * @param stacktrace full text as Flink reports it; its first line carries the message
 */
public record ExceptionRecord(
    Optional<Instant> timestamp,
    String exceptionName,
    String stacktrace,
    Optional<String> taskName,
    Optional<String> endpoint) {

  public ExceptionRecord {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(exceptionName, "exceptionName");
    Objects.requireNonNull(stacktrace, "stacktrace");
    Objects.requireNonNull(taskName, "taskName");
    Objects.requireNonNull(endpoint, "endpoint");
  }

  /** First line of the stack trace (class and message), for one-line displays. */
  public String firstLine() {
    int nl = stacktrace.indexOf('\n');
    String line = nl < 0 ? stacktrace : stacktrace.substring(0, nl);
    return line.isBlank() ? exceptionName : line.strip();
  }
}
