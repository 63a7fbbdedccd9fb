package dev.flotilla.sla;

import dev.flotilla.model.Side;
import dev.flotilla.model.SliState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The SLI state of one job for one (minute-aligned) minute, with why. */
public record SliMinute(
    String jobKey,
    Instant minute,
    SliState state,
    Set<String> reasons,
    List<String> evidence,
    Side side) {

  public SliMinute {
    Objects.requireNonNull(jobKey, "jobKey");
    Objects.requireNonNull(minute, "minute");
    Objects.requireNonNull(state, "state");
    reasons = Set.copyOf(reasons);
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(side, "side");
    if (!minute.equals(minute.truncatedTo(ChronoUnit.MINUTES))) {
      throw new IllegalArgumentException("minute must be minute-aligned but was " + minute);
    }
  }

  /**
   * Severity used to merge several observations of one minute: NOT_RUNNING > SCHEDULING >
   * RUNNING_ABNORMAL > RUNNING_NORMAL > EXCLUDED > UNKNOWN (UNKNOWN only wins when nothing usable
   * was seen).
   */
  public static int severity(SliState state) {
    return switch (state) {
      case NOT_RUNNING -> 5;
      case SCHEDULING -> 4;
      case RUNNING_ABNORMAL -> 3;
      case RUNNING_NORMAL -> 2;
      case EXCLUDED -> 1;
      case UNKNOWN -> 0;
    };
  }

  /** The worse of two classifications of the same minute (the first on a tie). */
  public SliMinute worst(SliMinute other) {
    return severity(other.state) > severity(state) ? other : this;
  }

  public static Instant align(Instant at) {
    return at.truncatedTo(ChronoUnit.MINUTES);
  }
}
