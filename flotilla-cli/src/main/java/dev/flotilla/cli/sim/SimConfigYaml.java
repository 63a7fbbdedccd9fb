package dev.flotilla.cli.sim;

import java.util.List;
import java.util.Locale;

/** The flotilla.yaml that {@code flotilla sim} writes for the fleet it serves. */
final class SimConfigYaml {
  private SimConfigYaml() {}

  static String of(List<String> clusters, int port, double speed) {
    StringBuilder b = new StringBuilder();
    b.append("# Written by `flotilla sim`: the simulated fleet on 127.0.0.1:")
        .append(port)
        .append(".\n");
    if (speed != 1.0) {
      b.append("# The simulator runs at ")
          .append(speed)
          .append("x; Flotilla uses the wall clock, so its SLA minutes are real minutes.\n");
    }
    b.append("store:\n  url: \"jdbc:sqlite:./flotilla-sim.db\"\n");
    b.append("collector:\n  poll-interval: 60s\n");
    b.append(
        "  # every job detailed every cycle: the SLI rules judge restart rate and checkpoint\n");
    b.append("  # age from details; raise it for large fleets to save requests\n");
    b.append("  detail-every: 1\n");
    b.append("  cycle-deadline: 30s\n");
    b.append("clusters:\n");
    for (String c : clusters) {
      b.append(
          String.format(
              Locale.ROOT, "  - name: %s\n    rest: \"http://127.0.0.1:%d/%s\"\n", c, port, c));
    }
    return b.toString();
  }
}
