package dev.flotilla.adviser.fleet;

import dev.flotilla.adviser.Label;
import dev.flotilla.model.Side;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One platform incident: the same failure signature on many jobs of one cluster, Flink version or
 * zone within a short window. Side is always PLATFORM. The id is stable while the incident lasts.
 *
 * @param scopeValue the cluster name, Flink version or zone
 * @param affectedJobs job keys, sorted
 */
public record PlatformIncident(
    String id,
    IncidentScope scope,
    String scopeValue,
    String signature,
    Label label,
    Side side,
    SortedSet<String> affectedJobs,
    Instant firstSeen,
    Instant lastSeen,
    List<String> evidence) {

  public PlatformIncident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(scopeValue, "scopeValue");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    if (side != Side.PLATFORM) {
      throw new IllegalArgumentException("a platform incident has side PLATFORM, got " + side);
    }
    affectedJobs = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(affectedJobs));
    evidence = List.copyOf(evidence);
    if (affectedJobs.isEmpty()) {
      throw new IllegalArgumentException("incident " + id + " has no affected job");
    }
    if (lastSeen.isBefore(firstSeen)) {
      throw new IllegalArgumentException("incident " + id + ": lastSeen before firstSeen");
    }
  }
}
