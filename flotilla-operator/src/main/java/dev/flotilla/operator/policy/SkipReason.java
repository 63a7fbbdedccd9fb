package dev.flotilla.operator.policy;

/** Why the policy did not act on a diagnosis it could otherwise act on. */
public enum SkipReason {
  COOLDOWN,
  ALREADY_ACTIVE,
  CONCURRENCY_LIMIT,
  BREAKER_OPEN,
  FAILED_VERIFICATION_BEFORE,
  OBSERVED_JOB,
  NOT_ALLOWED_BY_POLICY,
  LOW_CONFIDENCE,
  /** The workflow cannot be built: e.g. no cluster to migrate to, no deployment. */
  CANNOT_PLAN;

  /**
   * True when a human should hear about it: waiting (cooldown, a busy job, a full action budget)
   * resolves itself, the others do not.
   */
  public boolean needsHuman() {
    return this != COOLDOWN && this != ALREADY_ACTIVE && this != CONCURRENCY_LIMIT;
  }
}
