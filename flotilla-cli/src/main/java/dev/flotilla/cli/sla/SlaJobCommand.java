package dev.flotilla.cli.sla;

import dev.flotilla.cli.support.ConfigFile;
import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.cli.support.Json;
import dev.flotilla.cli.support.OpenStore;
import dev.flotilla.cli.support.Since;
import dev.flotilla.cli.support.Table;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.model.SliInterval;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flotilla sla job NAME}: the exception intervals of one job with their reasons. */
@Command(
    name = "job",
    description = "List one job's exception intervals (state, start, end, minutes, side, reasons).",
    mixinStandardHelpOptions = true)
public final class SlaJobCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private ConfigFile configFile;

  @Parameters(
      index = "0",
      paramLabel = "JOB",
      description = "Job key: a managed job's name, or cluster/name.")
  private String job;

  @Option(
      names = "--since",
      paramLabel = "DURATION",
      converter = Since.class,
      description = "Window ending now (default: 7d).")
  private Duration since = Duration.ofDays(7);

  @Option(names = "--json", description = "Print JSON.")
  private boolean json;

  @Override
  public Integer call() {
    Optional<FlotillaConfig> config = configFile.load(spec.commandLine().getErr());
    if (config.isEmpty()) {
      return ExitCodes.USAGE;
    }
    Instant now = Clock.systemUTC().instant();
    List<SliInterval> intervals;
    try (Store store = OpenStore.from(config.get())) {
      if (store.jobs().get(job).isEmpty()) {
        spec.commandLine().getErr().printf("flotilla: no job '%s' in the store%n", job);
        return ExitCodes.FAILURE;
      }
      intervals =
          store.sli().intervals(now.minus(since), now, Optional.of(job)).stream()
              .map(SliIntervalRow::interval)
              .toList();
    }
    var out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(intervals));
    } else {
      Table t = new Table("STATE", "START", "END", "MINUTES", "SIDE", "REASONS", "EVIDENCE");
      for (SliInterval i : intervals) {
        t.row(
            i.state(),
            i.start(),
            i.end().map(Object::toString).orElse("open"),
            i.minutes(now),
            i.side(),
            String.join(",", i.reasons()),
            i.evidence().stream().findFirst().orElse(""));
      }
      out.print(
          t.isEmpty() ? "no exception intervals for " + job + " in the window\n" : t.render());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
