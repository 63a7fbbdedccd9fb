package dev.flotilla.app.loop;

import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.sla.SlaChanges;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What one control-loop cycle saw and did. */
public record CycleReport(
    Instant startedAt,
    Duration took,
    List<ClusterSnapshot> snapshots,
    SlaChanges slaChanges,
    int jobRowsWritten) {

  public CycleReport {
    Objects.requireNonNull(startedAt);
    Objects.requireNonNull(took);
    snapshots = List.copyOf(snapshots);
    Objects.requireNonNull(slaChanges);
  }

  public int jobCount() {
    return snapshots.stream().mapToInt(s -> s.jobs().size()).sum();
  }
}
