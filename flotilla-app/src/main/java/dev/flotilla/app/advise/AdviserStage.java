package dev.flotilla.app.advise;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.live.AdviserCycle;
import dev.flotilla.adviser.live.JobDiagnosis;
import dev.flotilla.adviser.live.JobHealth;
import dev.flotilla.adviser.live.LiveAdviser;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.store.DiagnosisRow;
import dev.flotilla.store.HealthRow;
import dev.flotilla.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The loop's adviser stage: runs the live adviser on the cycle's observations and stores what is
 * new — diagnoses only when new or changed, health scores only when they change.
 */
public final class AdviserStage {
  private final LiveAdviser adviser;
  private final AdviserSides sides;
  private final Store store;
  private final Map<String, Integer> lastScore = new HashMap<>();

  public AdviserStage(LiveAdviser adviser, AdviserSides sides, Store store) {
    this.adviser = Objects.requireNonNull(adviser);
    this.sides = Objects.requireNonNull(sides);
    this.store = Objects.requireNonNull(store);
  }

  /** Runs one cycle; returns the adviser's view of it. */
  public AdviserCycle run(List<ClusterSnapshot> snapshots, Map<String, String> keys, Instant now) {
    sides.updateKeys(keys);
    AdviserCycle cycle = adviser.observe(snapshots, keys, now);
    store.diagnoses().append(cycle.newOrChanged().stream().map(AdviserStage::row).toList());
    List<HealthRow> changed = new ArrayList<>();
    for (JobHealth h : cycle.health().values()) {
      Integer before = lastScore.put(h.jobKey(), h.score());
      if (before == null || before != h.score()) {
        changed.add(new HealthRow(h.jobKey(), now, h.score(), h.topFinding()));
      }
    }
    lastScore.keySet().retainAll(cycle.health().keySet());
    store.health().append(changed);
    return cycle;
  }

  public LiveAdviser adviser() {
    return adviser;
  }

  static DiagnosisRow row(JobDiagnosis d) {
    return new DiagnosisRow(
        d.jobKey(),
        d.at(),
        d.label().name(),
        d.side(),
        d.confidence(),
        d.actions().stream().map(Action::name).toList(),
        d.evidence(),
        d.moment() + ": " + d.explanation(),
        d.incidentId());
  }
}
