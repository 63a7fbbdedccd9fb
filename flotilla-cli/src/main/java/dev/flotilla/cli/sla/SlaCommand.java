package dev.flotilla.cli.sla;

import dev.flotilla.app.loop.SloTargetsFromConfig;
import dev.flotilla.cli.support.ConfigFile;
import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.cli.support.OpenStore;
import dev.flotilla.cli.support.Since;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.model.SliInterval;
import dev.flotilla.sla.report.GroupBy;
import dev.flotilla.sla.report.ReportFormat;
import dev.flotilla.sla.report.SlaReport;
import dev.flotilla.store.SliIntervalRow;
import dev.flotilla.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flotilla sla}: SLA report over a window, from the store. */
@Command(
    name = "sla",
    description = {
      "SLA report from the store: exception intervals, average duration, breach minutes"
          + " (= intervals × average), availability, UNKNOWN coverage, error budget per tier.",
      "Run 'flotilla run' (or the demo) first so the store has data."
    },
    mixinStandardHelpOptions = true,
    subcommands = SlaJobCommand.class)
public final class SlaCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private ConfigFile configFile;

  @Option(
      names = "--since",
      paramLabel = "DURATION",
      converter = Since.class,
      description = "Report window ending now (default: 7d).")
  private Duration since = Duration.ofDays(7);

  @Option(
      names = "--by",
      paramLabel = "GROUP",
      description = "job, cluster, tier, owner, side or fleet (default: tier).")
  private String by = "tier";

  @Option(names = "--json", description = "Print JSON.")
  private boolean json;

  @Option(names = "--csv", description = "Print CSV.")
  private boolean csv;

  @Override
  public Integer call() {
    GroupBy groupBy;
    try {
      groupBy = GroupBy.parse(by);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("flotilla: --by: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (json && csv) {
      spec.commandLine().getErr().println("flotilla: choose one of --json and --csv");
      return ExitCodes.USAGE;
    }
    Optional<FlotillaConfig> config = configFile.load(spec.commandLine().getErr());
    if (config.isEmpty()) {
      return ExitCodes.USAGE;
    }
    Instant now = Clock.systemUTC().instant();
    Instant from = now.minus(since);
    try (Store store = OpenStore.from(config.get())) {
      List<SliInterval> intervals =
          store.sli().intervals(from, now, Optional.empty()).stream()
              .map(SliIntervalRow::interval)
              .toList();
      SlaReport report =
          SlaReport.build(
              intervals,
              StoredJobs.contexts(store),
              from,
              now,
              now,
              groupBy,
              SloTargetsFromConfig.of(config.get()));
      String text =
          json
              ? ReportFormat.json(report)
              : csv ? ReportFormat.csv(report) : ReportFormat.table(report);
      spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }
}
