package dev.flotilla.cli.lab;

import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.lab.ClusterSpec;
import dev.flotilla.lab.FlinkLab;
import dev.flotilla.lab.LabCluster;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flotilla lab up}: starts clusters that keep running until {@code lab down}. */
@Command(
    name = "up",
    description = {
      "Start N local Flink clusters and leave them running (stop them with 'flotilla lab down').",
      "Versions are used round-robin: --clusters 3 --flink 2.3.0,1.20.3 gives 2.3.0, 1.20.3, 2.3.0."
    },
    mixinStandardHelpOptions = true)
public final class LabUpCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--clusters", description = "How many clusters (default: 2, at most 4).")
  private int count = 2;

  @Option(
      names = "--flink",
      split = ",",
      paramLabel = "VERSION",
      description = "Flink versions (default: 2.3.0,1.20.3).")
  private List<String> versions = List.of("2.3.0", "1.20.3");

  @Option(names = "--slots", description = "Task slots per cluster (default: 4).")
  private int slots = 4;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Lab directory (default: ./.flotilla/lab).")
  private Path root = LabCommand.defaultRoot();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (count < 1 || count > 4) {
      spec.commandLine()
          .getErr()
          .println("flotilla: --clusters must be 1..4 (each costs 0.5-1 GB of memory)");
      return ExitCodes.USAGE;
    }
    if (!LabManifest.read(root).isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "flotilla: a lab is already recorded in " + root + "; run 'flotilla lab down' first");
      return ExitCodes.USAGE;
    }
    FlinkLab lab =
        FlinkLab.open(
            root,
            line -> {
              out.println("  " + line);
              out.flush();
            });
    List<LabManifest.Entry> entries = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        String version = versions.get(i % versions.size());
        String name = "lab-" + (char) ('a' + i);
        LabCluster c = lab.start(ClusterSpec.of(name, version).withTaskManagers(1, slots));
        entries.add(
            new LabManifest.Entry(
                c.name(),
                c.flinkVersion(),
                c.zone(),
                c.restUrl().toString(),
                c.jobManagerPid(),
                c.taskManagerPids()));
        out.printf(
            "%s  Flink %s  %s  (JobManager pid %d)%n",
            c.name(), c.flinkVersion(), c.restUrl(), c.jobManagerPid());
        out.flush();
      }
      new LabManifest(entries).write(root);
    } catch (RuntimeException e) {
      lab.close(); // never leave a half-started lab behind
      Files.deleteIfExists(root.resolve(LabManifest.FILE));
      throw e;
    }
    lab.detach();
    out.println("Lab is up. 'flotilla lab status' shows it; 'flotilla lab down' stops it.");
    return ExitCodes.OK;
  }
}
