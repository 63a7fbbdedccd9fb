package dev.flotilla.operator.flink;

import java.util.Objects;
import java.util.Optional;

/** Progress of an asynchronous savepoint or stop-with-savepoint request. */
public record SavepointStatus(Kind kind, Optional<String> path, Optional<String> failure) {

  /** Where the request stands. */
  public enum Kind {
    PENDING,
    COMPLETED,
    FAILED
  }

  public SavepointStatus {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(failure, "failure");
    if (kind == Kind.COMPLETED && path.isEmpty()) {
      throw new IllegalArgumentException("a COMPLETED savepoint needs a path");
    }
  }

  public static SavepointStatus pending() {
    return new SavepointStatus(Kind.PENDING, Optional.empty(), Optional.empty());
  }

  public static SavepointStatus completed(String path) {
    return new SavepointStatus(Kind.COMPLETED, Optional.of(path), Optional.empty());
  }

  public static SavepointStatus failed(String reason) {
    return new SavepointStatus(Kind.FAILED, Optional.empty(), Optional.of(reason));
  }
}
