package dev.flotilla.adviser.health;

import java.time.Instant;
import java.util.Objects;

/** A finding observed at a time, with the severity it weighs on a job's health. */
public record ScoredFinding(String ruleId, Severity severity, Instant at) {
  public ScoredFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(at, "at");
  }
}
