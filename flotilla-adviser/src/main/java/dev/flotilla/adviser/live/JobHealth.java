package dev.flotilla.adviser.live;

import java.util.Objects;
import java.util.Optional;

/**
 * A job's health for {@code flotilla jobs} and the dashboard: the 0-100 score of the last 30
 * minutes and the finding that weighs most now ("OOM_HEAP (USER): exception ...").
 */
public record JobHealth(String jobKey, int score, Optional<String> topFinding) {
  public JobHealth {
    Objects.requireNonNull(jobKey, "jobKey");
    Objects.requireNonNull(topFinding, "topFinding");
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be in 0..100, got " + score);
    }
  }
}
