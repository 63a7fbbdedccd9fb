package dev.flotilla.operator.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** After an action on a job, no automatic action on it until the cooldown has passed. */
public final class CooldownGuard implements Guard {
  private final Duration cooldown;

  public CooldownGuard(Duration cooldown) {
    this.cooldown = cooldown;
  }

  @Override
  public Optional<Block> check(Candidate c, CycleState s) {
    Instant last = s.input().lastActionAt().get(c.job().jobKey());
    if (last == null) {
      return Optional.empty();
    }
    Instant until = last.plus(cooldown);
    if (!s.input().now().isBefore(until)) {
      return Optional.empty();
    }
    return Optional.of(
        new Block(
            SkipReason.COOLDOWN,
            c.job().jobKey() + " had an action at " + last + "; cooldown until " + until));
  }
}
