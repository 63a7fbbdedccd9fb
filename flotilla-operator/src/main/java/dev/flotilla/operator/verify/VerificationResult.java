package dev.flotilla.operator.verify;

import java.util.Objects;
import java.util.Optional;

/**
 * How one followed workflow ended its verification.
 *
 * @param rollbackWorkflowId the undo workflow started after a failed verification, if any
 */
public record VerificationResult(
    String workflowId,
    String jobKey,
    String label,
    Verdict verdict,
    Optional<String> rollbackWorkflowId) {
  public VerificationResult {
    Objects.requireNonNull(workflowId, "workflowId");
    Objects.requireNonNull(jobKey, "jobKey");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(rollbackWorkflowId, "rollbackWorkflowId");
  }
}
