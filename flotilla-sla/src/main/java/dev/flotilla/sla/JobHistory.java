package dev.flotilla.sla;

import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A small, bounded memory of one job's previous observations, kept by the engine and handed to the
 * rules. Not persisted: after a restart of Flotilla the rules that need several cycles start
 * counting again.
 */
public final class JobHistory {
  /** Enough for the longest default look-back (10 minutes of restarts at one poll a minute). */
  public static final int CAPACITY = 32;

  /** What a rule may need of an earlier observation. */
  public record Point(
      Instant at,
      JobState state,
      OptionalLong numRestarts,
      OptionalLong failedCheckpoints,
      boolean backpressureHigh,
      OptionalDouble consumerLag) {
    public Point {
      Objects.requireNonNull(at);
      Objects.requireNonNull(state);
      Objects.requireNonNull(numRestarts);
      Objects.requireNonNull(failedCheckpoints);
      Objects.requireNonNull(consumerLag);
    }

    public static Point of(JobObservation o) {
      boolean high =
          o.vertices().stream()
              .anyMatch(v -> v.backpressureLevel().map("high"::equalsIgnoreCase).orElse(false));
      return new Point(
          o.observedAt(),
          o.state(),
          o.metrics().numRestarts(),
          o.metrics().numberOfFailedCheckpoints(),
          high,
          o.metrics().consumerLag());
    }
  }

  private final Deque<Point> points = new ArrayDeque<>();
  private Optional<Instant> schedulingSince = Optional.empty();

  public static JobHistory empty() {
    return new JobHistory();
  }

  /** Earlier points, oldest first. */
  public List<Point> points() {
    return new ArrayList<>(points);
  }

  /** Earlier points, oldest first, without copying. */
  public Iterable<Point> oldestFirst() {
    return points;
  }

  /** Time of the latest remembered point. */
  public Optional<Instant> lastAt() {
    return points.isEmpty() ? Optional.empty() : Optional.of(points.peekLast().at());
  }

  /** Earlier points, newest first. */
  public Iterable<Point> newestFirst() {
    return points::descendingIterator;
  }

  /** When the current uninterrupted run of scheduling observations began, if one is going on. */
  public Optional<Instant> schedulingSince() {
    return schedulingSince;
  }

  /** Remembers an observation after it was classified. Older points fall off. */
  public void add(JobObservation o, boolean scheduling) {
    if (!points.isEmpty() && !o.observedAt().isAfter(points.peekLast().at())) {
      return; // same or older observation: already remembered
    }
    points.addLast(Point.of(o));
    while (points.size() > CAPACITY) {
      points.removeFirst();
    }
    if (!scheduling) {
      schedulingSince = Optional.empty();
    } else if (schedulingSince.isEmpty()) {
      schedulingSince = Optional.of(o.observedAt());
    }
  }

  /** Forgets the scheduling run (the job was not observed for a while). */
  public void interrupt() {
    schedulingSince = Optional.empty();
  }
}
