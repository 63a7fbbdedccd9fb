package dev.flotilla.config;

import dev.flotilla.model.Tier;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Fleet-wide guardrails for automatic actions; {@code reconcile}: deploy missing managed jobs and
 * redeploy changed specs every cycle.
 */
public record PolicySettings(
    Set<AutoAction> autoActions,
    int maxConcurrentActions,
    int maxConcurrentActionsPerCluster,
    Duration cooldown,
    int breakerFailingJobs,
    boolean dryRun,
    Set<Tier> approvalTiers,
    Duration verifyWindow,
    boolean reconcile) {

  /** Without reconciliation of managed jobs. */
  public PolicySettings(
      Set<AutoAction> autoActions,
      int maxConcurrentActions,
      int maxConcurrentActionsPerCluster,
      Duration cooldown,
      int breakerFailingJobs,
      boolean dryRun,
      Set<Tier> approvalTiers,
      Duration verifyWindow) {
    this(
        autoActions,
        maxConcurrentActions,
        maxConcurrentActionsPerCluster,
        cooldown,
        breakerFailingJobs,
        dryRun,
        approvalTiers,
        verifyWindow,
        false);
  }

  public PolicySettings {
    autoActions = Enums.immutableSet(autoActions);
    approvalTiers = Enums.immutableSet(approvalTiers);
    Objects.requireNonNull(cooldown, "cooldown");
    Objects.requireNonNull(verifyWindow, "verifyWindow");
    if (maxConcurrentActions < 1 || maxConcurrentActionsPerCluster < 1 || breakerFailingJobs < 1) {
      throw new IllegalArgumentException("action limits and breaker threshold must be >= 1");
    }
    if (maxConcurrentActionsPerCluster > maxConcurrentActions) {
      throw new IllegalArgumentException(
          "max-concurrent-actions-per-cluster must not exceed max-concurrent-actions");
    }
    if (cooldown.isNegative() || verifyWindow.isNegative()) {
      throw new IllegalArgumentException("cooldown and verify-window must not be negative");
    }
  }

  /** True when actions on jobs of this tier wait for a human's approval. */
  public boolean requiresApproval(Tier tier) {
    return approvalTiers.contains(tier);
  }
}
