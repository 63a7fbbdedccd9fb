package dev.flotilla.cli.fleet;

import dev.flotilla.cli.support.ConfigFile;
import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.cli.support.Json;
import dev.flotilla.cli.support.Table;
import dev.flotilla.collector.DetailPolicy;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.ClusterSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flotilla clusters}: reachability, version and capacity of every configured cluster. */
@Command(
    name = "clusters",
    description = {
      "Poll every configured cluster now: reachable, Flink version, TaskManagers, slots, jobs.",
      "Exit code 3 when a cluster is unreachable."
    },
    mixinStandardHelpOptions = true)
public final class ClustersCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private ConfigFile configFile;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  private boolean json;

  @Override
  public Integer call() {
    Optional<FlotillaConfig> config = configFile.load(spec.commandLine().getErr());
    if (config.isEmpty()) {
      return ExitCodes.USAGE;
    }
    List<ClusterSnapshot> snapshots = LivePoll.poll(config.get(), DetailPolicy.never());
    var out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(snapshots.stream().map(ClusterView::of).toList()));
    } else {
      Table t =
          new Table(
              "CLUSTER",
              "REACHABLE",
              "FLINK",
              "TMS",
              "SLOTS FREE/TOTAL",
              "JOBS",
              "LATENCY",
              "ERROR");
      for (ClusterSnapshot s : snapshots) {
        ClusterObservation c = s.cluster();
        t.row(
            c.cluster(),
            c.reachable() ? "yes" : "NO",
            c.flinkVersion().orElse("-"),
            num(c.taskManagers()),
            num(c.slotsAvailable()) + "/" + num(c.slotsTotal()),
            c.reachable() ? s.jobs().size() : "-",
            c.pollLatency().toMillis() + "ms",
            c.error().orElse(""));
      }
      out.print(t.render());
    }
    out.flush();
    return snapshots.stream().allMatch(s -> s.cluster().reachable())
        ? ExitCodes.OK
        : ExitCodes.UNREACHABLE;
  }

  private static String num(OptionalInt v) {
    return v.isPresent() ? String.valueOf(v.getAsInt()) : "?";
  }

  /** JSON shape of one cluster. */
  record ClusterView(
      String name,
      boolean reachable,
      Optional<String> error,
      Optional<String> flinkVersion,
      OptionalInt taskManagers,
      OptionalInt slotsTotal,
      OptionalInt slotsAvailable,
      int jobs,
      long pollLatencyMs) {
    static ClusterView of(ClusterSnapshot s) {
      ClusterObservation c = s.cluster();
      return new ClusterView(
          c.cluster(),
          c.reachable(),
          c.error(),
          c.flinkVersion(),
          c.taskManagers(),
          c.slotsTotal(),
          c.slotsAvailable(),
          s.jobs().size(),
          c.pollLatency().toMillis());
    }
  }
}
