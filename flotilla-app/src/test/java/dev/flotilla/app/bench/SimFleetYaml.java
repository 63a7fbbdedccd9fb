package dev.flotilla.app.bench;

import dev.flotilla.config.ConfigResult;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.load.ConfigLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** A flotilla.yaml watching the clusters of a simulator at {@code http://127.0.0.1:port/<c>}. */
public final class SimFleetYaml {
  private SimFleetYaml() {}

  /**
   * @param clusterNames the simulator's cluster names
   * @param database the SQLite file
   */
  public static String yaml(
      List<String> clusterNames,
      int port,
      Path database,
      Duration pollInterval,
      int detailEvery,
      Duration cycleDeadline) {
    StringBuilder b = new StringBuilder();
    b.append("store:\n  url: \"jdbc:sqlite:").append(database.toAbsolutePath()).append("\"\n");
    b.append("collector:\n")
        .append("  poll-interval: ")
        .append(pollInterval.toSeconds())
        .append("s\n  detail-every: ")
        .append(detailEvery)
        .append("\n  cycle-deadline: ")
        .append(cycleDeadline.toSeconds())
        .append("s\n");
    b.append("clusters:\n");
    for (String c : clusterNames) {
      b.append(
          String.format(
              Locale.ROOT, "  - name: %s\n    rest: \"http://127.0.0.1:%d/%s\"\n", c, port, c));
    }
    return b.toString();
  }

  /** Parses the YAML; a configuration error fails with every message. */
  public static FlotillaConfig config(String yaml) {
    ConfigResult r = ConfigLoader.parse(yaml, "sim-fleet.yaml");
    return r.config()
        .orElseThrow(() -> new IllegalStateException("bad generated config: " + r.errors()));
  }
}
