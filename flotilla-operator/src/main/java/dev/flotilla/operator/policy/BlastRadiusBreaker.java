package dev.flotilla.operator.policy;

import java.util.List;

/**
 * Stops automatic actions when too much fails at once: that is a platform incident, not N job
 * problems. Opens when more than {@code openAbove} jobs fail or a platform incident is open. Closes
 * with hysteresis: only after {@code calmCycles} consecutive cycles with fewer than {@code
 * closeBelow} failing jobs and no incident, so a fleet hovering around the threshold does not flap.
 * Holds state across cycles; one instance per policy.
 */
public final class BlastRadiusBreaker {
  /** What an update did. */
  public enum Transition {
    OPENED,
    CLOSED,
    STAYED_OPEN,
    STAYED_CLOSED
  }

  private final int openAbove;
  private final int closeBelow;
  private final int calmCycles;
  private boolean open;
  private int calm;

  public BlastRadiusBreaker(int openAbove, int closeBelow, int calmCycles) {
    if (closeBelow > openAbove || closeBelow < 1 || calmCycles < 1) {
      throw new IllegalArgumentException(
          "breaker needs 1 <= closeBelow <= openAbove and calmCycles >= 1 but got closeBelow="
              + closeBelow
              + " openAbove="
              + openAbove
              + " calmCycles="
              + calmCycles);
    }
    this.openAbove = openAbove;
    this.closeBelow = closeBelow;
    this.calmCycles = calmCycles;
  }

  /** Feeds one cycle's count of failing jobs and open platform incidents. */
  public synchronized Transition update(int failingJobs, List<String> incidents) {
    boolean trip = failingJobs > openAbove || !incidents.isEmpty();
    if (!open) {
      if (trip) {
        open = true;
        calm = 0;
        return Transition.OPENED;
      }
      return Transition.STAYED_CLOSED;
    }
    if (failingJobs < closeBelow && incidents.isEmpty()) {
      calm++;
    } else {
      calm = 0;
    }
    if (calm >= calmCycles) {
      open = false;
      calm = 0;
      return Transition.CLOSED;
    }
    return Transition.STAYED_OPEN;
  }

  public synchronized boolean isOpen() {
    return open;
  }
}
