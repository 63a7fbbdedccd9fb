package dev.flotilla.sla;

import dev.flotilla.model.SliInterval;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the engine keeps what must survive a crash. The store implements it transactionally. */
public interface SlaStatePort {
  /** Intervals still open (no end) as last saved. */
  List<SliInterval> openIntervals();

  /** First minute not yet evaluated, as last saved; empty before the first cycle. */
  Optional<Instant> watermark();

  /** Saves one cycle's changes and watermark atomically. */
  void save(SlaChanges changes);
}
