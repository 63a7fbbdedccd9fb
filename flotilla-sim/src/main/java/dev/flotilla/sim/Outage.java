package dev.flotilla.sim;

import java.time.Instant;
import java.util.Objects;

/**
 * A REST outage of one cluster during [from, to).
 *
 * @param mode RESET closes the connection without an answer; HANG waits before closing
 */
public record Outage(String cluster, Instant from, Instant to, Mode mode) {
  public enum Mode {
    RESET,
    HANG
  }

  public Outage {
    Objects.requireNonNull(cluster);
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    Objects.requireNonNull(mode);
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("outage of " + cluster + " ends before it starts");
    }
  }

  public boolean covers(Instant t) {
    return !t.isBefore(from) && t.isBefore(to);
  }
}
