package dev.flotilla.sim;

import dev.flotilla.model.Side;
import java.time.Instant;
import java.util.Objects;

/**
 * One stretch [from, to) of a job's timeline in a phase other than HEALTHY.
 *
 * @param side where the simulator means the fault to lie (ground truth)
 * @param exceptionName class of the exceptions this segment produces (if any)
 * @param message first line of those exceptions
 * @param cause short label of the scenario event, e.g. {@code node-loss}
 */
public record Segment(
    Instant from,
    Instant to,
    Phase phase,
    Side side,
    String exceptionName,
    String message,
    String cause) {
  public Segment {
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    Objects.requireNonNull(phase);
    Objects.requireNonNull(side);
    Objects.requireNonNull(exceptionName);
    Objects.requireNonNull(message);
    Objects.requireNonNull(cause);
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("segment " + cause + " ends " + to + " before " + from);
    }
    if (phase == Phase.HEALTHY) {
      throw new IllegalArgumentException("HEALTHY is implied between segments, not a segment");
    }
  }

  public boolean contains(Instant t) {
    return !t.isBefore(from) && t.isBefore(to);
  }
}
