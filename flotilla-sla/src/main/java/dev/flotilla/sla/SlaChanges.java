package dev.flotilla.sla;

import dev.flotilla.model.SliInterval;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one engine cycle changed. {@code opened} are intervals that started in this cycle and are
 * still open; {@code closed} are intervals that ended in this cycle, in their final form (merged
 * reasons and evidence) — some may have started in this same cycle and are not in {@code opened}. A
 * store saves both by (jobKey, start), insert-or-update, in one transaction with the watermark.
 *
 * @param watermark every minute before it is final; the first minute not yet evaluated
 */
public record SlaChanges(List<SliInterval> opened, List<SliInterval> closed, Instant watermark) {
  public SlaChanges {
    opened = List.copyOf(opened);
    closed = List.copyOf(closed);
    Objects.requireNonNull(watermark, "watermark");
  }

  public boolean isEmpty() {
    return opened.isEmpty() && closed.isEmpty();
  }
}
