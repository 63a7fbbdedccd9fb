package dev.flotilla.operator.policy;

import dev.flotilla.config.PolicySettings;

/**
 * Which actions wait for a human: every action on a job of an approval tier (policy {@code
 * approval-tiers}). Not a "no": the workflow is created in AWAITING_APPROVAL instead.
 */
public final class ApprovalGuard {
  private final PolicySettings policy;

  public ApprovalGuard(PolicySettings policy) {
    this.policy = policy;
  }

  public boolean requiresApproval(Candidate c) {
    return policy.requiresApproval(c.job().tier());
  }
}
