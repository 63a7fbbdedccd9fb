package dev.flotilla.operator.policy;

import java.util.Optional;

/** Fleet-wide and per-cluster limits on running automatic actions. */
public final class ConcurrencyGuard implements Guard {
  private final int fleet;
  private final int perCluster;

  public ConcurrencyGuard(int fleet, int perCluster) {
    this.fleet = fleet;
    this.perCluster = perCluster;
  }

  @Override
  public Optional<Block> check(Candidate c, CycleState s) {
    if (s.running() >= fleet) {
      return Optional.of(
          new Block(
              SkipReason.CONCURRENCY_LIMIT,
              s.running() + " actions run fleet-wide; the limit is " + fleet));
    }
    String cluster = c.job().cluster();
    if (s.running(cluster) >= perCluster) {
      return Optional.of(
          new Block(
              SkipReason.CONCURRENCY_LIMIT,
              s.running(cluster) + " actions run on " + cluster + "; the limit is " + perCluster));
    }
    return Optional.empty();
  }
}
