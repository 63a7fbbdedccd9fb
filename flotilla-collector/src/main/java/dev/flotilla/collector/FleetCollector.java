package dev.flotilla.collector;

import dev.flotilla.model.ClusterSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Polls many clusters at once. Each cluster's future completes on its own; one that exceeds the
 * cycle deadline yields an unreachable snapshot with reason {@value #DEADLINE_REASON}, so a slow or
 * dead cluster never holds back the others.
 */
public final class FleetCollector {
  public static final String DEADLINE_REASON = "poll exceeded cycle deadline";

  private final ClusterCollector collector;
  private final Duration cycleDeadline;

  public FleetCollector(ClusterCollector collector, Duration cycleDeadline) {
    this.collector = Objects.requireNonNull(collector, "collector");
    this.cycleDeadline = Objects.requireNonNull(cycleDeadline, "cycleDeadline");
    if (cycleDeadline.isNegative() || cycleDeadline.isZero()) {
      throw new IllegalArgumentException("cycleDeadline must be positive, got " + cycleDeadline);
    }
  }

  /** One future per target, in order; each completes within the cycle deadline. */
  public List<CompletableFuture<ClusterSnapshot>> pollEach(
      List<ClusterTarget> targets, Map<String, Set<String>> expectedJobsByCluster) {
    return targets.stream()
        .map(t -> pollOne(t, expectedJobsByCluster.getOrDefault(t.name(), Set.of())))
        .toList();
  }

  /** Calls {@code onSnapshot} for each cluster as soon as its poll completes. */
  public CompletableFuture<Void> pollEach(
      List<ClusterTarget> targets,
      Map<String, Set<String>> expectedJobsByCluster,
      Consumer<ClusterSnapshot> onSnapshot) {
    return CompletableFuture.allOf(
        pollEach(targets, expectedJobsByCluster).stream()
            .map(f -> f.thenAccept(onSnapshot))
            .toArray(CompletableFuture[]::new));
  }

  /** Polls every target and waits (at most about the cycle deadline) for all snapshots. */
  public List<ClusterSnapshot> pollAll(
      List<ClusterTarget> targets, Map<String, Set<String>> expectedJobsByCluster) {
    return pollEach(targets, expectedJobsByCluster).stream().map(CompletableFuture::join).toList();
  }

  private CompletableFuture<ClusterSnapshot> pollOne(ClusterTarget target, Set<String> expected) {
    Instant start = collector.clock().instant();
    return collector
        .poll(target, expected)
        .orTimeout(cycleDeadline.toMillis(), TimeUnit.MILLISECONDS)
        .exceptionally(
            e ->
                collector.unreachable(
                    target,
                    expected,
                    start,
                    isTimeout(e) ? DEADLINE_REASON : "collector error: " + e,
                    cycleDeadline));
  }

  private static boolean isTimeout(Throwable e) {
    return e instanceof TimeoutException || e.getCause() instanceof TimeoutException;
  }
}
