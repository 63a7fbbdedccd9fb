package dev.flotilla.cli.demo;

import dev.flotilla.lab.LabCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes the demo's flotilla.yaml from the clusters the lab started. */
final class DemoConfig {
  private DemoConfig() {}

  static Path write(
      Path dir, Map<String, LabCluster> clusters, List<DemoFleet.DemoJob> jobs, Path jar, int port)
      throws IOException {
    StringBuilder y = new StringBuilder();
    y.append("# Written by 'flotilla demo' for the lab clusters it started.\n");
    y.append("store: { url: \"jdbc:sqlite:").append(dir.resolve("flotilla.db")).append("\" }\n");
    y.append("collector: { poll-interval: 15s, cycle-deadline: 10s }\n");
    y.append("server: { port: ").append(port).append(", bind: 127.0.0.1 }\n");
    y.append("sla: { scheduling-grace: 1m }\n");
    y.append(
        "# Automatic actions are limited to safe ones here; the rest become recommendations\n");
    y.append(
        "# ('flotilla actions --config this-file' lists them; 'flotilla approve ID' runs one).\n");
    y.append(
        "policy: { auto-actions: [restart, migrate], approval-tiers: [P0], verify-window: 4m }\n");
    y.append("clusters:\n");
    for (LabCluster c : clusters.values()) {
      y.append("  - name: ").append(c.name()).append('\n');
      y.append("    rest: \"").append(c.restUrl()).append("\"\n");
      y.append("    flink: \"").append(c.flinkVersion()).append("\"\n");
      y.append("    zone: ").append(c.zone()).append('\n');
      y.append("    shared-storage: \"").append(c.checkpointDir().toUri()).append("\"\n");
    }
    y.append("jobs:\n");
    for (DemoFleet.DemoJob j : jobs) {
      y.append("  - name: ").append(j.args().name()).append('\n');
      y.append("    tier: ").append(j.tier()).append('\n');
      y.append("    owner: ").append(j.owner()).append('\n');
      y.append("    artifact: \"").append(jar).append("\"\n");
      y.append("    entry-class: dev.flotilla.faultjob.FaultJob\n");
      y.append("    args: [")
          .append(
              j.args().toList().stream()
                  .map(a -> "\"" + a.replace("\"", "\\\"") + "\"")
                  .collect(java.util.stream.Collectors.joining(", ")))
          .append("]\n");
      y.append("    parallelism: ").append(j.parallelism()).append('\n');
      y.append("    placement: { preferred: ").append(j.cluster());
      clusters.values().stream()
          .filter(
              c ->
                  !c.name().equals(j.cluster())
                      && c.zone().equals(clusters.get(j.cluster()).zone()))
          .findFirst()
          .ifPresent(c -> y.append(", fallback: [").append(c.name()).append("]"));
      y.append(" }\n");
    }
    Files.createDirectories(dir);
    Path file = dir.resolve("flotilla.yaml");
    Files.writeString(file, y.toString());
    return file;
  }
}
