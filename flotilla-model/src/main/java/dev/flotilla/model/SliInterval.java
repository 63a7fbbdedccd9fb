package dev.flotilla.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A maximal run of minutes in which a job had the same non-normal SLI state. Healthy minutes are
 * not stored: a quiet fleet costs almost nothing.
 *
 * @param jobKey stable identity of the job: the managed job's name, or {@code cluster/jobName} for
 *     an observed job
 * @param start first minute of the interval (inclusive, minute-aligned)
 * @param end first minute after the interval (exclusive); empty while the interval is open
 * @param reasons short machine-readable reasons, e.g. {@code RESTARTING}, {@code CHECKPOINT_AGE}
 * @param evidence human-readable lines quoting what was observed
 */
public record SliInterval(
    String jobKey,
    String cluster,
    Optional<Tier> tier,
    Optional<String> owner,
    SliState state,
    Instant start,
    Optional<Instant> end,
    Set<String> reasons,
    Side side,
    List<String> evidence) {

  public SliInterval {
    Objects.requireNonNull(jobKey);
    Objects.requireNonNull(cluster);
    Objects.requireNonNull(tier);
    Objects.requireNonNull(owner);
    Objects.requireNonNull(state);
    Objects.requireNonNull(start);
    Objects.requireNonNull(end);
    reasons = Set.copyOf(reasons);
    Objects.requireNonNull(side);
    evidence = List.copyOf(evidence);
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new IllegalArgumentException("interval end " + end.get() + " before start " + start);
    }
  }

  public boolean isOpen() {
    return end.isEmpty();
  }

  /** Whole minutes covered, up to {@code now} for an open interval. */
  public long minutes(Instant now) {
    return Duration.between(start, end.orElse(now)).toMinutes();
  }

  public SliInterval closedAt(Instant at) {
    return new SliInterval(
        jobKey, cluster, tier, owner, state, start, Optional.of(at), reasons, side, evidence);
  }
}
