package dev.flotilla.app.persist;

import dev.flotilla.model.SliInterval;
import dev.flotilla.sla.SlaChanges;
import dev.flotilla.sla.SlaStatePort;
import dev.flotilla.store.SliIntervalRow;
import dev.flotilla.store.SliStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The SLA engine's crash-safe state, kept in the store (one transaction per cycle). */
public final class StoreSlaState implements SlaStatePort {
  private final SliStore store;

  public StoreSlaState(SliStore store) {
    this.store = Objects.requireNonNull(store);
  }

  @Override
  public List<SliInterval> openIntervals() {
    return store.openIntervals().stream().map(SliIntervalRow::interval).toList();
  }

  @Override
  public Optional<Instant> watermark() {
    return store.watermark();
  }

  @Override
  public void save(SlaChanges changes) {
    store.saveIntervalChanges(changes.opened(), changes.closed(), changes.watermark());
  }
}
