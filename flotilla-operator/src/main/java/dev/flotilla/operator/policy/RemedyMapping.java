package dev.flotilla.operator.policy;

import dev.flotilla.config.AutoAction;
import dev.flotilla.operator.workflow.WorkflowType;
import java.util.Map;
import java.util.Optional;

/**
 * Adviser action → workflow. Actions not in the table (FIX_USER_CODE, FIX_DEPENDENCIES, FIX_CONFIG,
 * CHECK_EXTERNAL_SYSTEM, REBALANCE_KEYS_FOR_SKEW, ADD_RESOURCES_OR_SLOTS, ...) are never automatic:
 * they become recommendations for a human. ADD_RESOURCES_OR_SLOTS means the cluster lacks slots:
 * raising the job's parallelism there would make it worse, so the automatic remedy of a starved job
 * is MIGRATE_TO_HEALTHY_CLUSTER, which the adviser lists first.
 */
public final class RemedyMapping {
  private static final Map<String, Remedy> TABLE =
      Map.ofEntries(
          remedy("INCREASE_HEAP", WorkflowType.MEMORY_FIX, AutoAction.MEMORY_FIX),
          remedy(
              "INCREASE_MANAGED_OR_NATIVE_MEMORY", WorkflowType.MEMORY_FIX, AutoAction.MEMORY_FIX),
          remedy("INCREASE_METASPACE", WorkflowType.MEMORY_FIX, AutoAction.MEMORY_FIX),
          remedy("INCREASE_NETWORK_MEMORY", WorkflowType.MEMORY_FIX, AutoAction.MEMORY_FIX),
          remedy(
              "RESTART_FROM_CHECKPOINT", WorkflowType.RESTART_FROM_CHECKPOINT, AutoAction.RESTART),
          remedy("SCALE_UP_PARALLELISM", WorkflowType.RESCALE, AutoAction.RESCALE),
          remedy("MIGRATE_TO_HEALTHY_CLUSTER", WorkflowType.MIGRATE, AutoAction.MIGRATE),
          remedy("UPGRADE_FLINK_VERSION", WorkflowType.UPGRADE, AutoAction.UPGRADE),
          remedy("TUNE_CHECKPOINTING", WorkflowType.CONFIG_UPDATE, AutoAction.CONFIG_CHANGE));

  private RemedyMapping() {}

  private static Map.Entry<String, Remedy> remedy(String action, WorkflowType w, AutoAction a) {
    return Map.entry(action, new Remedy(action, w, a));
  }

  /** The automatic remedy of an adviser action, or empty when only a human can do it. */
  public static Optional<Remedy> of(String adviserAction) {
    return Optional.ofNullable(TABLE.get(adviserAction.trim().toUpperCase(java.util.Locale.ROOT)));
  }
}
