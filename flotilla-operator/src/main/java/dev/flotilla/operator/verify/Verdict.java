package dev.flotilla.operator.verify;

import java.util.Objects;

/** The outcome of watching a fix, so far. */
public record Verdict(Outcome outcome, String why) {
  /** Where a watch stands. */
  public enum Outcome {
    WATCHING,
    SUCCEEDED,
    FAILED_VERIFICATION
  }

  public Verdict {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(why, "why");
  }

  public boolean done() {
    return outcome != Outcome.WATCHING;
  }
}
