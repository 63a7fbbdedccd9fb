package dev.flotilla.sim;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One exception-history entry a simulated job shows. */
public record SimException(
    Instant at, String exceptionName, String message, Optional<String> taskName, String endpoint) {
  public SimException {
    Objects.requireNonNull(at);
    Objects.requireNonNull(exceptionName);
    Objects.requireNonNull(message);
    Objects.requireNonNull(taskName);
    Objects.requireNonNull(endpoint);
  }

  /** Stack trace text as Flink reports it: message line, then frames. */
  public String stacktrace() {
    return message
        + "\n\tat org.apache.flink.runtime.executiongraph.failover.ExecutionFailureHandler"
        + ".handleFailure(ExecutionFailureHandler.java:219)\n\tat "
        + "org.apache.flink.runtime.scheduler.DefaultScheduler.onTaskFailed(DefaultScheduler.java:261)";
  }
}
