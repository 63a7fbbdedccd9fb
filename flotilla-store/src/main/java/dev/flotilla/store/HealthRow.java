package dev.flotilla.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A job's 0–100 health score from a point in time on, with the finding that cost the most. */
public record HealthRow(String jobKey, Instant at, int score, Optional<String> topFinding) {
  public HealthRow {
    Require.text(jobKey, "health jobKey");
    Objects.requireNonNull(at);
    Objects.requireNonNull(topFinding);
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("health score must be 0..100 but was " + score);
    }
  }
}
