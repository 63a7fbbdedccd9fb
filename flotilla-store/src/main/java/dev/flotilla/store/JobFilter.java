package dev.flotilla.store;

import dev.flotilla.model.JobState;
import dev.flotilla.model.Tier;
import java.util.Objects;
import java.util.Optional;

/** Which jobs {@link JobStore#list} returns; empty fields match everything. */
public record JobFilter(
    Optional<String> cluster,
    Optional<JobState> state,
    Optional<Tier> tier,
    Optional<String> owner) {

  public JobFilter {
    Objects.requireNonNull(cluster);
    Objects.requireNonNull(state);
    Objects.requireNonNull(tier);
    Objects.requireNonNull(owner);
  }

  public static JobFilter all() {
    return new JobFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public JobFilter cluster(String value) {
    return new JobFilter(Optional.of(value), state, tier, owner);
  }

  public JobFilter state(JobState value) {
    return new JobFilter(cluster, Optional.of(value), tier, owner);
  }

  public JobFilter tier(Tier value) {
    return new JobFilter(cluster, state, Optional.of(value), owner);
  }

  public JobFilter owner(String value) {
    return new JobFilter(cluster, state, tier, Optional.of(value));
  }
}
