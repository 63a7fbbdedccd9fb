package dev.flotilla.operator.verify;

import dev.flotilla.model.SliState;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Judges whether a fix worked, purely from SLI minutes and the job's current diagnosis labels: once
 * the verification window after the workflow's end has passed, success means every minute of the
 * window's last {@code healthyTail} was RUNNING_NORMAL (a missing minute counts against it) and the
 * triggering diagnosis label is no longer present; anything else is FAILED_VERIFICATION.
 */
public final class FixVerifier {
  /** How long after the window's end the verdict waits for its last minute's SLI. */
  static final Duration FINALIZE_GRACE = Duration.ofSeconds(90);

  private final Duration window;
  private final Duration healthyTail;

  public FixVerifier(Duration window, Duration healthyTail) {
    if (window.isNegative() || healthyTail.isNegative() || healthyTail.compareTo(window) > 0) {
      throw new IllegalArgumentException(
          "need 0 <= healthyTail <= window but got " + healthyTail + " and " + window);
    }
    this.window = window;
    this.healthyTail = healthyTail;
  }

  public Instant windowEnd(Watch w) {
    return w.completedAt().plus(window);
  }

  public Verdict judge(Watch w, List<SliMinute> minutes, Set<String> currentLabels, Instant now) {
    Instant end = windowEnd(w);
    if (now.isBefore(end)) {
      return new Verdict(Verdict.Outcome.WATCHING, "watching " + w.jobKey() + " until " + end);
    }
    if (currentLabels.contains(w.label())) {
      return failed(w, "diagnosis " + w.label() + " is still present");
    }
    Instant from = end.minus(healthyTail).truncatedTo(ChronoUnit.MINUTES);
    Instant firstAfterFix = w.completedAt().truncatedTo(ChronoUnit.MINUTES).plusSeconds(60);
    if (from.isBefore(firstAfterFix)) {
      from = firstAfterFix; // the minute of the fix holds the move's own downtime
    }
    Instant last = end.truncatedTo(ChronoUnit.MINUTES).minusSeconds(60);
    boolean lastSeen = minutes.stream().anyMatch(s -> s.minute().equals(last));
    if (!last.isBefore(from) && !lastSeen && now.isBefore(end.plus(FINALIZE_GRACE))) {
      // the SLA engine reports a minute once it is over: wait for the window's last minute
      return new Verdict(
          Verdict.Outcome.WATCHING, "waiting for the SLI of minute " + last + " of " + w.jobKey());
    }
    for (Instant m = from; m.isBefore(end.truncatedTo(ChronoUnit.MINUTES)); m = m.plusSeconds(60)) {
      Instant minute = m;
      SliState state =
          minutes.stream()
              .filter(s -> s.minute().equals(minute))
              .map(SliMinute::state)
              .reduce((a, b) -> b)
              .orElse(SliState.UNKNOWN);
      if (state != SliState.RUNNING_NORMAL) {
        return failed(w, "SLI was " + state + " in minute " + minute + " (needs RUNNING_NORMAL)");
      }
    }
    return new Verdict(
        Verdict.Outcome.SUCCEEDED,
        w.action()
            + " fixed "
            + w.label()
            + " on "
            + w.jobKey()
            + ": RUNNING_NORMAL for the last "
            + healthyTail.toMinutes()
            + " min of the window and the diagnosis is gone");
  }

  private static Verdict failed(Watch w, String why) {
    return new Verdict(
        Verdict.Outcome.FAILED_VERIFICATION,
        w.action() + " for " + w.label() + " on " + w.jobKey() + " did not verify: " + why);
  }
}
