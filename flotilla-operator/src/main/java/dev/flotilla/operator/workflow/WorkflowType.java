package dev.flotilla.operator.workflow;

/** The workflows the operator runs. */
public enum WorkflowType {
  /** Cancel if running, then run from the newest retained checkpoint. */
  RESTART_FROM_CHECKPOINT,
  /** Take a savepoint; the job keeps running. */
  SAVEPOINT,
  /** Stop the job with a savepoint. */
  STOP_WITH_SAVEPOINT,
  /** New parallelism: in place (adaptive scheduler) when supported, else savepoint + redeploy. */
  RESCALE,
  /** Savepoint, then redeploy with new Flink configuration keys. */
  CONFIG_UPDATE,
  /** Stop with savepoint, restore on a cluster of the new Flink version; roll back on failure. */
  UPGRADE,
  /**
   * Move to another cluster of the same zone (from a retained checkpoint if the source is dead).
   */
  MIGRATE,
  /** Redeploy where each task gets more memory: another cluster and/or a lower parallelism. */
  MEMORY_FIX,
  /** Deploy a managed job from its spec, from its last good checkpoint if there is one. */
  DEPLOY,
  /** A managed job's spec changed: savepoint, redeploy the new spec; roll back to the old one. */
  REDEPLOY;

  /** Parses a type name case-insensitively, naming the valid ones on error. */
  public static WorkflowType parse(String text) {
    for (WorkflowType t : values()) {
      if (t.name().equalsIgnoreCase(text.trim().replace('-', '_'))) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown workflow type '" + text + "'; expected one of " + java.util.List.of(values()));
  }
}
