package dev.flotilla.config.option;

import static dev.flotilla.config.option.Option.withDefault;

import dev.flotilla.config.AutoAction;
import dev.flotilla.model.Tier;
import java.time.Duration;
import java.util.List;

/** Options of the {@code policy} section: guardrails for automatic actions. */
public final class PolicyOptions {
  private PolicyOptions() {}

  public static final Option<List<AutoAction>> AUTO_ACTIONS =
      withDefault(
          "auto-actions",
          Types.listOf(Types.autoAction()),
          "[]",
          "Actions Flotilla may take without a human. Empty: recommend only, never act.");

  public static final Option<Integer> MAX_CONCURRENT_ACTIONS =
      withDefault(
          "max-concurrent-actions", Types.atLeast(1), "5", "Fleet-wide limit of running actions.");

  public static final Option<Integer> MAX_CONCURRENT_ACTIONS_PER_CLUSTER =
      withDefault(
          "max-concurrent-actions-per-cluster",
          Types.atLeast(1),
          "2",
          "Limit of running actions per cluster; at most `max-concurrent-actions`.");

  public static final Option<Duration> COOLDOWN =
      withDefault(
          "cooldown", Types.duration(), "10m", "Minimum time between two actions on one job.");

  public static final Option<Integer> BREAKER_FAILING_JOBS =
      withDefault(
          "breaker-failing-jobs",
          Types.atLeast(1),
          "20",
          "Stop all automatic actions while at least this many jobs fail at once (a platform"
              + " incident, not many user incidents).");

  public static final Option<Boolean> DRY_RUN =
      withDefault("dry-run", Types.bool(), "false", "Plan and log actions but never change Flink.");

  public static final Option<List<Tier>> APPROVAL_TIERS =
      withDefault(
          "approval-tiers",
          Types.listOf(Types.tier()),
          "[P0]",
          "Tiers whose actions wait for a human's approval.");

  public static final Option<Duration> VERIFY_WINDOW =
      withDefault(
          "verify-window",
          Types.duration(),
          "5m",
          "After an action, how long to watch the job; if it is not better, roll back.");

  public static final Option<Boolean> RECONCILE =
      withDefault(
          "reconcile",
          Types.bool(),
          "false",
          "Every cycle, deploy each managed job (jobs[] with an entry-class) that runs on none of its"
              + " placement clusters, from its last good checkpoint or savepoint, and redeploy it"
              + " through a savepoint when its spec changed. Off: managed jobs are only acted on"
              + " by self-healing and commands.");

  public static final OptionGroup GROUP =
      OptionGroup.of(
          "policy",
          "Policy",
          "Guardrails for automatic actions.",
          AUTO_ACTIONS,
          MAX_CONCURRENT_ACTIONS,
          MAX_CONCURRENT_ACTIONS_PER_CLUSTER,
          COOLDOWN,
          BREAKER_FAILING_JOBS,
          DRY_RUN,
          APPROVAL_TIERS,
          VERIFY_WINDOW,
          RECONCILE);
}
