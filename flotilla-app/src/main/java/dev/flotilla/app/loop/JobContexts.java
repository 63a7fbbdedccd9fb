package dev.flotilla.app.loop;

import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.JobSpec;
import dev.flotilla.config.MaintenanceWindow;
import dev.flotilla.config.SlaSettings;
import dev.flotilla.sla.JobContext;
import dev.flotilla.sla.SliThresholds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
