package dev.flotilla.sla;

import dev.flotilla.model.SliInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link SlaStatePort} in memory: for tests, the simulator and a store-less demo. */
public final class InMemorySlaStatePort implements SlaStatePort {
  private final Map<String, SliInterval> byKey = new LinkedHashMap<>();
  private Optional<Instant> watermark = Optional.empty();
  private int saves;

  @Override
  public synchronized List<SliInterval> openIntervals() {
    return byKey.values().stream().filter(SliInterval::isOpen).toList();
  }

  @Override
  public synchronized Optional<Instant> watermark() {
    return watermark;
  }

  @Override
  public synchronized void save(SlaChanges changes) {
    for (SliInterval i : changes.opened()) {
      byKey.put(key(i), i);
    }
    for (SliInterval i : changes.closed()) {
      byKey.put(key(i), i);
    }
    watermark = Optional.of(changes.watermark());
    saves++;
  }

  /** Every interval saved so far, open and closed, in insertion order. */
  public synchronized List<SliInterval> all() {
    return new ArrayList<>(byKey.values());
  }

  public synchronized int saves() {
    return saves;
  }

  private static String key(SliInterval i) {
    return i.jobKey() + "@" + i.start();
  }
}
