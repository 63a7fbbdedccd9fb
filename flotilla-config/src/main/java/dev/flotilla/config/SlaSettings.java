package dev.flotilla.config;

import dev.flotilla.model.Tier;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the SLA engine classifies each job-minute, and the availability target per tier.
 *
 * @param checkpointAgeFactor a checkpoint older than this many checkpoint intervals is abnormal
 * @param maxCheckpointAge the checkpoint-age limit when the job's interval is unknown
 * @param sloTargets availability target in percent for every tier (all four present)
 */
public record SlaSettings(
    Duration schedulingGrace,
    int checkpointAgeFactor,
    Duration maxCheckpointAge,
    int restartsAbnormalPer10m,
    int backpressureAbnormalMinutes,
    Map<Tier, Double> sloTargets,
    List<MaintenanceWindow> maintenanceWindows) {

  public SlaSettings {
    Objects.requireNonNull(schedulingGrace, "schedulingGrace");
    Objects.requireNonNull(maxCheckpointAge, "maxCheckpointAge");
    if (checkpointAgeFactor < 1 || restartsAbnormalPer10m < 1 || backpressureAbnormalMinutes < 1) {
      throw new IllegalArgumentException("SLA thresholds must be >= 1");
    }
    for (Tier tier : Tier.values()) {
      Double target = sloTargets.get(tier);
      if (target == null || target <= 0 || target > 100) {
        throw new IllegalArgumentException("slo target for " + tier + " must be in (0, 100]");
      }
    }
    sloTargets = java.util.Collections.unmodifiableMap(new EnumMap<>(sloTargets));
    maintenanceWindows = List.copyOf(maintenanceWindows);
  }

  /** Availability target of this tier, in percent. */
  public double sloTarget(Tier tier) {
    return sloTargets.get(tier);
  }
}
