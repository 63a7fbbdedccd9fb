package dev.flotilla.server.view;

import dev.flotilla.model.SliState;
import dev.flotilla.store.DiagnosisRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The 0–100 health score the dashboard shows per job. Each finding caps the score; the lowest cap
 * wins. Open SLI interval: NOT_RUNNING 10, SCHEDULING 40, RUNNING_ABNORMAL 50, UNKNOWN 70 (EXCLUDED
 * and no interval: no cap). Latest diagnosis younger than 6 h with a label other than UNKNOWN: 100
 * − 60 × confidence. A job with neither scores 100.
 */
public final class JobHealth {
  static final Duration DIAGNOSIS_FRESH = Duration.ofHours(6);

  private JobHealth() {}

  public static int score(Optional<SliState> open, Optional<DiagnosisRow> latest, Instant now) {
    int score = 100;
    if (open.isPresent()) {
      score = Math.min(score, cap(open.get()));
    }
    if (latest.isPresent() && relevant(latest.get(), now)) {
      score = Math.min(score, (int) Math.round(100 - 60 * latest.get().confidence()));
    }
    return score;
  }

  private static boolean relevant(DiagnosisRow d, Instant now) {
    return !"UNKNOWN".equals(d.label()) && d.at().isAfter(now.minus(DIAGNOSIS_FRESH));
  }

  private static int cap(SliState s) {
    return switch (s) {
      case NOT_RUNNING -> 10;
      case SCHEDULING -> 40;
      case RUNNING_ABNORMAL -> 50;
      case UNKNOWN -> 70;
      case RUNNING_NORMAL, EXCLUDED -> 100;
    };
  }

  /** The state an open interval says the job is in now; RUNNING_NORMAL when none is open. */
  public static SliState current(Optional<SliState> open) {
    return open.orElse(SliState.RUNNING_NORMAL);
  }
}
