package dev.flotilla.config;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A complete, validated flotilla.yaml. */
public record FlotillaConfig(
    StoreSettings store,
    List<ClusterSettings> clusters,
    List<JobSpec> jobs,
    PolicySettings policy,
    SlaSettings sla,
    CollectorSettings collector,
    ServerSettings server,
    Path sourceFile,
    List<NotificationChannel> notifications) {

  public FlotillaConfig {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(collector, "collector");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(sourceFile, "sourceFile");
    clusters = List.copyOf(clusters);
    jobs = List.copyOf(jobs);
    notifications = List.copyOf(notifications);
    Set<String> clusterNames = new HashSet<>();
    for (ClusterSettings cluster : clusters) {
      if (!clusterNames.add(cluster.name())) {
        throw new IllegalArgumentException("duplicate cluster name '" + cluster.name() + "'");
      }
    }
    Set<String> jobNames = new HashSet<>();
    for (JobSpec job : jobs) {
      if (!jobNames.add(job.name())) {
        throw new IllegalArgumentException("duplicate job name '" + job.name() + "'");
      }
      for (String placed : job.placement().clusters()) {
        if (!clusterNames.contains(placed)) {
          throw new IllegalArgumentException(
              "job '" + job.name() + "' is placed on undefined cluster '" + placed + "'");
        }
      }
    }
  }

  /** A configuration without notification channels. */
  public FlotillaConfig(
      StoreSettings store,
      List<ClusterSettings> clusters,
      List<JobSpec> jobs,
      PolicySettings policy,
      SlaSettings sla,
      CollectorSettings collector,
      ServerSettings server,
      Path sourceFile) {
    this(store, clusters, jobs, policy, sla, collector, server, sourceFile, List.of());
  }

  public Optional<ClusterSettings> cluster(String name) {
    return clusters.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  public Optional<JobSpec> job(String name) {
    return jobs.stream().filter(j -> j.name().equals(name)).findFirst();
  }

  /**
   * The actions Flotilla may take on its own for this job: the policy's list, narrowed to the job's
   * own list when it has one. A job can only opt out of what policy allows, never add to it.
   */
  public Set<AutoAction> autoActionsFor(JobSpec job) {
    if (policy.autoActions().isEmpty()) {
      return Set.of();
    }
    EnumSet<AutoAction> allowed = EnumSet.copyOf(policy.autoActions());
    job.autoActions().ifPresent(allowed::retainAll);
    return Enums.immutableSet(allowed);
  }
}
