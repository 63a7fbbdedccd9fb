package dev.flotilla.app.loop;

import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.JobSpec;
import dev.flotilla.config.MaintenanceWindow;
import dev.flotilla.config.SlaSettings;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.sla.JobContext;
import dev.flotilla.sla.SliThresholds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the SLA engine's view of the managed jobs from the configuration. */
public final class JobContexts {
  private JobContexts() {}

  /**
   * One context per managed job.
   *
   * @param currentCluster where each managed job runs now (after a migration it is no longer the
   *     preferred cluster); jobs absent from the map are expected on their preferred cluster
   * @param underUserWorkflow jobs a user-requested workflow is changing now (planned work)
   */
  public static List<JobContext> managed(
      FlotillaConfig config,
      Map<String, String> currentCluster,
      Instant now,
      java.util.Set<String> underUserWorkflow) {
    List<JobContext> out = new ArrayList<>();
    for (JobSpec job : config.jobs()) {
      String cluster = currentCluster.getOrDefault(job.name(), job.placement().preferred());
      JobContext ctx =
          JobContext.managed(job.name(), cluster, job.tier(), job.owner().orElse(""))
              .withThresholds(thresholds(config.sla(), job));
      if (inMaintenance(config.sla(), job.name(), cluster, now)
          || underUserWorkflow.contains(job.name())) {
        ctx = ctx.withIntentionallyStopped(true);
      }
      out.add(ctx);
    }
    return out;
  }

  /**
   * Managed jobs whose live copy is now on another cluster of their placement (a migration, memory
   * fix or upgrade moved them, by Flotilla or by hand): their context follows the copy. A job keeps
   * its cluster while a copy there is not terminal, so a migration in flight does not flip back and
   * forth; with no live copy anywhere it stays where it was.
   */
  public static List<JobContext> relocated(
      FlotillaConfig config, List<JobContext> contexts, List<ClusterSnapshot> snapshots) {
    Map<String, Set<String>> liveByCluster = new HashMap<>();
    for (ClusterSnapshot s : snapshots) {
      Set<String> live = new HashSet<>();
      for (JobObservation j : s.jobs()) {
        if (!j.state().isTerminal() && j.state() != JobState.UNKNOWN) {
          live.add(j.name());
        }
      }
      liveByCluster.put(s.cluster().cluster(), live);
    }
    List<JobContext> out = new ArrayList<>(contexts.size());
    for (JobContext c : contexts) {
      Optional<JobSpec> spec = c.managed() ? config.job(c.jobKey()) : Optional.empty();
      if (spec.isEmpty()
          || liveByCluster.getOrDefault(c.cluster(), Set.of()).contains(c.flinkJobName())) {
        out.add(c);
        continue;
      }
      Optional<String> elsewhere =
          spec.get().placement().clusters().stream()
              .filter(
                  cl ->
                      !cl.equals(c.cluster())
                          && liveByCluster.getOrDefault(cl, Set.of()).contains(c.flinkJobName()))
              .findFirst();
      out.add(elsewhere.map(c::withCluster).orElse(c));
    }
    return out;
  }

  /** Tier defaults, overridden by the sla section and then by the job's own SLO. */
  static SliThresholds thresholds(SlaSettings sla, JobSpec job) {
    SliThresholds d = SliThresholds.defaults(job.tier());
    SliThresholds t =
        new SliThresholds(
            job.slo().maxRestartsPerHour().isPresent()
                ? Math.max(1, job.slo().maxRestartsPerHour().getAsInt() / 6)
                : sla.restartsAbnormalPer10m(),
            d.restartWindow(),
            job.slo().maxCheckpointAge().orElse(sla.maxCheckpointAge()),
            d.checkpointFailureCycles(),
            sla.backpressureAbnormalMinutes(),
            d.lagMinutes(),
            d.maxLag(),
            sla.schedulingGrace(),
            sla.sloTarget(job.tier()) / 100.0);
    return job.slo().maxLag().isPresent() ? t.withMaxLag(job.slo().maxLag().getAsLong()) : t;
  }

  static boolean inMaintenance(SlaSettings sla, String job, String cluster, Instant now) {
    for (MaintenanceWindow w : sla.maintenanceWindows()) {
      if (w.covers(job, cluster, now)) {
        return true;
      }
    }
    return false;
  }
}
