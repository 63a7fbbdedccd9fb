package dev.flotilla.config.load;

import dev.flotilla.config.AutoAction;
import dev.flotilla.config.ConfigError.Kind;
import dev.flotilla.config.PolicySettings;
import dev.flotilla.config.option.PolicyOptions;
import dev.flotilla.model.Tier;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Reads the {@code policy} section. */
final class PolicyReader {
  private PolicyReader() {}

  static Optional<PolicySettings> read(Section s, Problems problems) {
    List<AutoAction> actions = s.get(PolicyOptions.AUTO_ACTIONS);
    int max = s.get(PolicyOptions.MAX_CONCURRENT_ACTIONS);
    int perCluster = s.get(PolicyOptions.MAX_CONCURRENT_ACTIONS_PER_CLUSTER);
    List<Tier> approval = s.get(PolicyOptions.APPROVAL_TIERS);
    if (perCluster > max) {
      problems.at(
          s.nodeOrSelf(PolicyOptions.MAX_CONCURRENT_ACTIONS_PER_CLUSTER.key()),
          s.pathOf(PolicyOptions.MAX_CONCURRENT_ACTIONS_PER_CLUSTER.key()),
          Kind.BAD_VALUE,
          "must not exceed max-concurrent-actions (" + max + ") but was " + perCluster);
      return Optional.empty();
    }
    return problems.build(
        s.node(),
        s.path(),
        () ->
            new PolicySettings(
                actions.isEmpty() ? EnumSet.noneOf(AutoAction.class) : EnumSet.copyOf(actions),
                max,
                perCluster,
                s.get(PolicyOptions.COOLDOWN),
                s.get(PolicyOptions.BREAKER_FAILING_JOBS),
                s.get(PolicyOptions.DRY_RUN),
                approval.isEmpty() ? EnumSet.noneOf(Tier.class) : EnumSet.copyOf(approval),
                s.get(PolicyOptions.VERIFY_WINDOW),
                s.get(PolicyOptions.RECONCILE)));
  }
}
