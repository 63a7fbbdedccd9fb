package dev.flotilla.adviser.fleet;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.live.JobDiagnosis;
import dev.flotilla.adviser.live.Moment;
import dev.flotilla.model.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the same failure signature on many jobs into ONE {@link PlatformIncident} and re-attributes
 * those jobs' diagnoses to PLATFORM with the incident id. Keeps the RUNTIME sightings of the last
 * {@link FleetThresholds#window()} and the open incidents (stateful, not thread-safe: one caller
 * per cycle). Scopes are tried broadest first: a Flink version, then a zone (both must span two
 * clusters or more), then a cluster; a job belongs to at most one incident per signature. An
 * incident closes when no sighting of it is left in the window.
 */
public final class FleetCorrelator {
  private final FleetThresholds t;
  private final Map<String, Sighting> sightings = new LinkedHashMap<>();
  private final Map<String, PlatformIncident> open = new LinkedHashMap<>();

  public FleetCorrelator(FleetThresholds thresholds) {
    this.t = Objects.requireNonNull(thresholds, "thresholds");
  }

  /**
   * The result of one cycle: every diagnosis (correlated ones re-attributed) and open incidents.
   */
  public record Result(List<JobDiagnosis> diagnoses, List<PlatformIncident> incidents) {
    public Result {
      diagnoses = List.copyOf(diagnoses);
      incidents = List.copyOf(incidents);
    }
  }

  private record Sighting(JobDiagnosis diagnosis, JobPlacement placement) {}

  /**
   * @param diagnoses this cycle's diagnoses of all jobs (only RUNTIME ones are correlated)
   * @param placements where each job key runs
   * @param jobsPerCluster how many jobs each cluster has now (for the cluster share)
   */
  public Result correlate(
      List<JobDiagnosis> diagnoses,
      Map<String, JobPlacement> placements,
      Map<String, Integer> jobsPerCluster,
      Instant now) {
    for (JobDiagnosis d : diagnoses) {
      JobPlacement p = placements.get(d.jobKey());
      if (d.moment() == Moment.RUNTIME && p != null && correlatable(d)) {
        sightings.put(d.jobKey() + "\n" + d.signature(), new Sighting(d, p));
      }
    }
    sightings.values().removeIf(s -> s.diagnosis().at().isBefore(now.minus(t.window())));
    Map<String, String> incidentByJobAndSignature = new HashMap<>();
    Map<String, List<Sighting>> bySignature =
        sightings.values().stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.diagnosis().signature(), LinkedHashMap::new, Collectors.toList()));
    Set<String> touched = new TreeSet<>();
    for (Map.Entry<String, List<Sighting>> e : bySignature.entrySet()) {
      List<Sighting> left = new ArrayList<>(e.getValue());
      group(
          e.getKey(),
          left,
          IncidentScope.VERSION,
          s -> s.placement().flinkVersion(),
          t.versionMinJobs(),
          jobsPerCluster,
          now,
          incidentByJobAndSignature,
          touched);
      group(
          e.getKey(),
          left,
          IncidentScope.ZONE,
          s -> s.placement().zone(),
          t.zoneMinJobs(),
          jobsPerCluster,
          now,
          incidentByJobAndSignature,
          touched);
      group(
          e.getKey(),
          left,
          IncidentScope.CLUSTER,
          s -> Optional.of(s.placement().cluster()),
          t.clusterMinJobs(),
          jobsPerCluster,
          now,
          incidentByJobAndSignature,
          touched);
    }
    open.keySet().removeIf(k -> !touched.contains(k));
    List<JobDiagnosis> out = new ArrayList<>();
    for (JobDiagnosis d : diagnoses) {
      String key = incidentByJobAndSignature.get(d.jobKey() + "\n" + d.signature());
      out.add(key == null || d.moment() != Moment.RUNTIME ? d : reattribute(d, open.get(key)));
    }
    return new Result(out, List.copyOf(open.values()));
  }

  /**
   * Which diagnoses can point to the platform: not DATA_SKEW (a property of the job's data), not an
   * UNKNOWN label (no signature to compare).
   */
  static boolean correlatable(JobDiagnosis d) {
    return d.label() != Label.DATA_SKEW && d.label() != Label.UNKNOWN;
  }

  /**
   * Backpressure and other metric-only diagnoses carry no exception text, so their signature (e.g.
   * the bottleneck's name) is too weak to span clusters: they correlate within one cluster only.
   */
  static boolean textBased(JobDiagnosis d) {
    return d.rules().stream()
        .noneMatch(r -> r.equals("live.backpressure") || r.startsWith("risk."));
  }

  private void group(
      String signature,
      List<Sighting> left,
      IncidentScope scope,
      Function<Sighting, Optional<String>> scopeOf,
      int minJobs,
      Map<String, Integer> jobsPerCluster,
      Instant now,
      Map<String, String> incidentByJobAndSignature,
      Set<String> touched) {
    Map<String, List<Sighting>> byScope = new LinkedHashMap<>();
    for (Sighting s : left) {
      if (scope != IncidentScope.CLUSTER && !textBased(s.diagnosis())) {
        continue;
      }
      scopeOf.apply(s).ifPresent(v -> byScope.computeIfAbsent(v, k -> new ArrayList<>()).add(s));
    }
    for (Map.Entry<String, List<Sighting>> e : byScope.entrySet()) {
      List<Sighting> group = e.getValue();
      Set<String> jobs =
          group.stream()
              .map(s -> s.diagnosis().jobKey())
              .collect(Collectors.toCollection(TreeSet::new));
      long clusters = group.stream().map(s -> s.placement().cluster()).distinct().count();
      boolean enough = jobs.size() >= minJobs;
      if (scope == IncidentScope.CLUSTER) {
        int total = jobsPerCluster.getOrDefault(e.getKey(), jobs.size());
        enough = enough && jobs.size() >= t.clusterMinShare() * total;
      } else {
        enough = enough && clusters >= 2;
      }
      if (!enough) {
        continue;
      }
      String key = scope + "\n" + e.getKey() + "\n" + signature;
      PlatformIncident inc =
          upsert(key, scope, e.getKey(), signature, group, jobs, jobsPerCluster, now);
      touched.add(key);
      for (String job : jobs) {
        incidentByJobAndSignature.put(job + "\n" + signature, key);
      }
      left.removeAll(group);
      open.put(key, inc);
    }
  }

  private PlatformIncident upsert(
      String key,
      IncidentScope scope,
      String value,
      String signature,
      List<Sighting> group,
      Set<String> jobs,
      Map<String, Integer> jobsPerCluster,
      Instant now) {
    PlatformIncident old = open.get(key);
    Instant first = group.stream().map(s -> s.diagnosis().at()).min(Instant::compareTo).orElse(now);
    Instant last = group.stream().map(s -> s.diagnosis().at()).max(Instant::compareTo).orElse(now);
    Set<String> affected = new TreeSet<>(jobs);
    String id;
    if (old != null) {
      affected.addAll(old.affectedJobs());
      first = old.firstSeen().isBefore(first) ? old.firstSeen() : first;
      id = old.id();
    } else {
      id = IncidentIds.of(scope, value, signature, first);
    }
    List<String> evidence = new ArrayList<>();
    String share =
        scope == IncidentScope.CLUSTER
            ? " ("
                + jobs.size()
                + " of "
                + jobsPerCluster.getOrDefault(value, jobs.size())
                + " jobs of the cluster)"
            : " on "
                + group.stream().map(s -> s.placement().cluster()).distinct().count()
                + " clusters";
    evidence.add(
        affected.size()
            + " jobs of "
            + scope.name().toLowerCase(java.util.Locale.ROOT)
            + " "
            + value
            + share
            + " with \""
            + signature
            + "\" between "
            + first
            + " and "
            + last);
    group.stream()
        .limit(5)
        .forEach(
            s -> evidence.add(s.diagnosis().jobKey() + ": " + s.diagnosis().evidence().get(0)));
    return new PlatformIncident(
        id,
        scope,
        value,
        signature,
        FailureSignature.label(signature),
        Side.PLATFORM,
        new TreeSet<>(affected),
        first,
        last,
        evidence);
  }

  private static JobDiagnosis reattribute(JobDiagnosis d, PlatformIncident inc) {
    List<Action> actions = new ArrayList<>(d.actions());
    if (d.side() != Side.PLATFORM) {
      Action platform =
          inc.scope() == IncidentScope.VERSION
              ? Action.UPGRADE_FLINK_VERSION
              : Action.MIGRATE_TO_HEALTHY_CLUSTER;
      actions.remove(platform);
      actions.add(0, platform);
    }
    String why =
        "platform incident "
            + inc.id()
            + ": the same failure on "
            + inc.affectedJobs().size()
            + " jobs of "
            + inc.scope().name().toLowerCase(java.util.Locale.ROOT)
            + " "
            + inc.scopeValue();
    return d.attributedTo(inc.id(), actions, why);
  }
}
