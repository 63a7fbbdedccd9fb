package dev.flotilla.lab;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What cluster to start: a name (also its work directory), a Flink version, a zone (clusters of one
 * zone share checkpoint and savepoint directories), TaskManagers x slots, the scheduler and extra
 * Flink configuration keys.
 */
public record ClusterSpec(
    String name,
    String flinkVersion,
    String zone,
    int taskManagers,
    int slotsPerTaskManager,
    boolean adaptiveScheduler,
    Map<String, String> extraConfig) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

  public ClusterSpec {
    Objects.requireNonNull(flinkVersion, "flinkVersion");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "cluster name '" + name + "' must be lower-case letters, digits and '-'");
    }
    if (zone == null || !NAME.matcher(zone).matches()) {
      throw new IllegalArgumentException("zone '" + zone + "' of cluster " + name + " is invalid");
    }
    if (taskManagers < 0 || taskManagers > 8 || slotsPerTaskManager < 1) {
      throw new IllegalArgumentException(
          "cluster "
              + name
              + ": need 0..8 TaskManagers and >= 1 slot, got "
              + taskManagers
              + " x "
              + slotsPerTaskManager);
    }
    extraConfig = Map.copyOf(extraConfig);
  }

  /** One TaskManager with 4 slots, default scheduler, zone "zone-a". */
  public static ClusterSpec of(String name, String flinkVersion) {
    return new ClusterSpec(name, flinkVersion, "zone-a", 1, 4, false, Map.of());
  }

  public ClusterSpec withZone(String newZone) {
    return new ClusterSpec(
        name,
        flinkVersion,
        newZone,
        taskManagers,
        slotsPerTaskManager,
        adaptiveScheduler,
        extraConfig);
  }

  public ClusterSpec withTaskManagers(int count, int slotsEach) {
    return new ClusterSpec(
        name, flinkVersion, zone, count, slotsEach, adaptiveScheduler, extraConfig);
  }

  public ClusterSpec withAdaptiveScheduler(boolean adaptive) {
    return new ClusterSpec(
        name, flinkVersion, zone, taskManagers, slotsPerTaskManager, adaptive, extraConfig);
  }

  public ClusterSpec withConfig(String key, String value) {
    Map<String, String> merged = new LinkedHashMap<>(extraConfig);
    merged.put(key, value);
    return new ClusterSpec(
        name, flinkVersion, zone, taskManagers, slotsPerTaskManager, adaptiveScheduler, merged);
  }

  public int totalSlots() {
    return taskManagers * slotsPerTaskManager;
  }
}
