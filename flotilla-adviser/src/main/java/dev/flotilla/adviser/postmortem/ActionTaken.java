package dev.flotilla.adviser.postmortem;

import java.time.Instant;
import java.util.Objects;

/** Something done about a job (by the operator or a person), for the post-mortem timeline. */
public record ActionTaken(Instant at, String action, String outcome) {
  public ActionTaken {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    if (action.isBlank()) {
      throw new IllegalArgumentException("action must not be blank");
    }
  }
}
