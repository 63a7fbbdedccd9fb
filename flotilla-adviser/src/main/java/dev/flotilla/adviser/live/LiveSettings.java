package dev.flotilla.adviser.live;

import dev.flotilla.adviser.fleet.FleetThresholds;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration of the {@link LiveAdviser}, frozen at creation.
 *
 * @param historySize observations kept per job and per cluster (default 120: two hours at one poll
 *     a minute; the longest look-back, restart acceleration, needs 20 minutes)
 * @param forgetAfter a job or cluster not seen for this long is dropped with its history (1 h)
 * @param reemitAfter a diagnosis absent this long is emitted again when it comes back (10 min);
 *     shorter absences are treated as flapping and not re-emitted
 * @param zoneByCluster cluster name → zone, for zone-scope fleet incidents (may be empty)
 * @param checkpointTimeoutByJobKey configured checkpoint timeouts; others use {@link
 *     RiskThresholds#defaultCheckpointTimeout()}
 */
public record LiveSettings(
    RuntimeThresholds runtime,
    RiskThresholds risk,
    FleetThresholds fleet,
    int historySize,
    Duration forgetAfter,
    Duration reemitAfter,
    Map<String, String> zoneByCluster,
    Map<String, Duration> checkpointTimeoutByJobKey) {

  public LiveSettings {
    Objects.requireNonNull(runtime, "runtime");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(fleet, "fleet");
    if (historySize < 3) {
      throw new IllegalArgumentException("historySize must be >= 3, got " + historySize);
    }
    RuntimeThresholds.positive(forgetAfter, "forgetAfter");
    RuntimeThresholds.positive(reemitAfter, "reemitAfter");
    zoneByCluster = Map.copyOf(zoneByCluster);
    checkpointTimeoutByJobKey = Map.copyOf(checkpointTimeoutByJobKey);
    checkpointTimeoutByJobKey.forEach(
        (k, v) -> RuntimeThresholds.positive(v, "checkpoint timeout of job " + k));
  }

  public static LiveSettings defaults() {
    return new LiveSettings(
        RuntimeThresholds.defaults(),
        RiskThresholds.defaults(),
        FleetThresholds.defaults(),
        120,
        Duration.ofHours(1),
        Duration.ofMinutes(10),
        Map.of(),
        Map.of());
  }

  public LiveSettings withZones(Map<String, String> zones) {
    return new LiveSettings(
        runtime,
        risk,
        fleet,
        historySize,
        forgetAfter,
        reemitAfter,
        zones,
        checkpointTimeoutByJobKey);
  }

  public LiveSettings withCheckpointTimeouts(Map<String, Duration> timeouts) {
    return new LiveSettings(
        runtime, risk, fleet, historySize, forgetAfter, reemitAfter, zoneByCluster, timeouts);
  }
}
