package dev.flotilla.operator.policy;

import dev.flotilla.operator.verify.VerificationResult;
import java.util.List;

/**
 * What one self-healing cycle did.
 *
 * @param started ids of workflows started or parked for approval this cycle
 * @param released ids of approved workflows handed to the engine this cycle
 */
public record HealingReport(
    List<Decision> decisions,
    List<String> started,
    List<String> released,
    List<VerificationResult> verifications) {
  public HealingReport {
    decisions = List.copyOf(decisions);
    started = List.copyOf(started);
    released = List.copyOf(released);
    verifications = List.copyOf(verifications);
  }
}
