package dev.flotilla.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A seeded fleet and its timeline in simulated time: clusters, jobs with their segments, REST
 * outages. Build one with {@link ScenarioGenerator}.
 */
public final class SimScenario {
  private final long seed;
  private final Instant start;
  private final Duration duration;
  private final SimRules rules;
  private final List<SimCluster> clusters;
  private final List<Outage> outages;
  private final Map<String, SimCluster> byName = new HashMap<>();
  private final Map<String, Map<String, SimJob>> jobsById = new HashMap<>();
  private final SimModel model;

  public SimScenario(
      long seed,
      Instant start,
      Duration duration,
      SimRules rules,
      List<SimCluster> clusters,
      List<Outage> outages) {
    this.seed = seed;
    this.start = Objects.requireNonNull(start);
    this.duration = Objects.requireNonNull(duration);
    this.rules = Objects.requireNonNull(rules);
    this.clusters = List.copyOf(clusters);
    this.outages = List.copyOf(outages);
    for (SimCluster c : this.clusters) {
      if (byName.put(c.name(), c) != null) {
        throw new IllegalArgumentException("duplicate cluster name " + c.name());
      }
      Map<String, SimJob> ids = new HashMap<>();
      c.jobs().forEach(j -> ids.put(j.jobId(), j));
      jobsById.put(c.name(), ids);
    }
    this.model = new SimModel(start);
  }

  public long seed() {
    return seed;
  }

  public Instant start() {
    return start;
  }

  public Instant end() {
    return start.plus(duration);
  }

  public Duration duration() {
    return duration;
  }

  public SimRules rules() {
    return rules;
  }

  public List<SimCluster> clusters() {
    return clusters;
  }

  public List<Outage> outages() {
    return outages;
  }

  public SimModel model() {
    return model;
  }

  public Optional<SimCluster> cluster(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Optional<SimJob> job(String cluster, String jobId) {
    Map<String, SimJob> m = jobsById.get(cluster);
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(jobId));
  }

  public int jobCount() {
    return clusters.stream().mapToInt(c -> c.jobs().size()).sum();
  }

  /** The outage of a cluster at {@code t}, if its REST API is down then. */
  public Optional<Outage> outageAt(String cluster, Instant t) {
    for (Outage o : outages) {
      if (o.cluster().equals(cluster) && o.covers(t)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
