package dev.flotilla.store;

import dev.flotilla.model.SliInterval;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SLA engine's persistence: exception intervals and the engine watermark (the last minute
 * evaluated). Intervals change together with the watermark, so a crash never counts a minute twice
 * and never loses one.
 */
public interface SliStore {

  /** Intervals with no end yet, ordered by job key. */
  List<SliIntervalRow> openIntervals();

  /**
   * In one transaction: inserts {@code opened} (open or already closed), closes each interval in
   * {@code closed} (matched by job key and start to an open stored interval or one in {@code
   * opened}), and sets the watermark. Any failure (an unknown or already closed interval, a
   * duplicate, a watermark moving backwards) rolls back all of it.
   */
  void saveIntervalChanges(List<SliInterval> opened, List<SliInterval> closed, Instant watermark);

  /** The last minute the engine evaluated, if it ever saved one. */
  Optional<Instant> watermark();

  /**
   * Intervals overlapping {@code [from, to)}: those starting before {@code to} and not ended by
   * {@code from}; open intervals count as running on. Ordered by start, then job key.
   */
  List<SliIntervalRow> intervals(Instant from, Instant to, Optional<String> jobKey);
}
