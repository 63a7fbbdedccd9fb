package dev.flotilla.operator.policy;

import java.util.Optional;

/** The action must be in the job's allowed automatic actions (policy ∩ job spec). */
public final class AllowedActionGuard implements Guard {
  @Override
  public Optional<Block> check(Candidate c, CycleState s) {
    if (c.job().allowed().contains(c.remedy().permission())) {
      return Optional.empty();
    }
    return Optional.of(
        new Block(
            SkipReason.NOT_ALLOWED_BY_POLICY,
            "automatic "
                + c.remedy().permission().yamlName()
                + " is not allowed for "
                + c.job().jobKey()
                + " (allowed: "
                + c.job().allowed().stream().map(a -> a.yamlName()).sorted().toList()
                + ")"));
  }
}
