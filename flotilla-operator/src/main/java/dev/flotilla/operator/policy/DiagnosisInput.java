package dev.flotilla.operator.policy;

import dev.flotilla.model.Side;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One diagnosis of one job as the policy sees it (the app maps the live adviser's records to this).
 *
 * @param label the adviser's label, e.g. {@code OOM_HEAP}
 * @param confidence 0..1
 * @param recommendedActions the adviser's action names in its order, e.g. {@code INCREASE_HEAP}
 * @param evidence readable lines that led to the diagnosis
 * @param incidentId set when the adviser tied this job's trouble to a platform incident
 */
public record DiagnosisInput(
    String jobKey,
    String label,
    Side side,
    double confidence,
    List<String> recommendedActions,
    List<String> evidence,
    Optional<String> incidentId) {

  public DiagnosisInput {
    if (jobKey == null || jobKey.isBlank()) {
      throw new IllegalArgumentException("diagnosis jobKey must not be blank");
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("diagnosis label of job " + jobKey + " must not be blank");
    }
    Objects.requireNonNull(side, "side of diagnosis " + label + " on " + jobKey);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "confidence of " + label + " on " + jobKey + " must be in 0..1 but was " + confidence);
    }
    recommendedActions = List.copyOf(recommendedActions);
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(incidentId, "incidentId");
  }
}
