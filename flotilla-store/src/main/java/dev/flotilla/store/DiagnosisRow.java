package dev.flotilla.store;

import dev.flotilla.model.Side;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One diagnosis of one job at one time.
 *
 * @param label the failure mechanism, e.g. {@code OOM_HEAP} (see DESIGN.md's vocabulary)
 * @param confidence between 0 and 1
 * @param actions recommended actions, e.g. {@code INCREASE_HEAP}
 * @param evidence readable lines quoting what was observed
 */
public record DiagnosisRow(
    String jobKey,
    Instant at,
    String label,
    Side side,
    double confidence,
    List<String> actions,
    List<String> evidence,
    String summary,
    Optional<String> incidentId) {

  public DiagnosisRow {
    Require.text(jobKey, "jobKey");
    Objects.requireNonNull(at);
    Require.text(label, "diagnosis label of " + jobKey);
    Objects.requireNonNull(side);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "diagnosis confidence of " + jobKey + " must be in [0, 1] but was " + confidence);
    }
    actions = List.copyOf(actions);
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(incidentId);
  }
}
