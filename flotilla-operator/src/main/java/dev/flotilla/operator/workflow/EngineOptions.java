package dev.flotilla.operator.workflow;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * @param owner this engine's lease owner name (unique per process)
 * @param lease how long a run holds a workflow without heartbeat; another run may take over after
 * @param pollEvery how often steps poll Flink while waiting
 */
public record EngineOptions(String owner, Duration lease, Duration pollEvery) {
  public EngineOptions {
    if (owner == null || owner.isBlank()) {
      throw new IllegalArgumentException("engine owner must not be blank");
    }
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(pollEvery, "pollEvery");
    if (lease.toMillis() < 100 || pollEvery.toMillis() < 1) {
      throw new IllegalArgumentException("lease must be >= 100 ms and pollEvery >= 1 ms");
    }
  }

  /** A fresh owner name, a 30 s lease and 250 ms polls. */
  public static EngineOptions defaults() {
    return new EngineOptions(
        "operator-" + UUID.randomUUID(), Duration.ofSeconds(30), Duration.ofMillis(250));
  }

  public EngineOptions withLease(Duration l) {
    return new EngineOptions(owner, l, pollEvery);
  }

  public EngineOptions withOwner(String o) {
    return new EngineOptions(o, lease, pollEvery);
  }
}
