package dev.flotilla.cli.fleet;

import dev.flotilla.cli.support.ConfigFile;
import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.cli.support.Json;
import dev.flotilla.cli.support.Table;
import dev.flotilla.collector.DetailPolicy;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.sla.JobContext;
import dev.flotilla.store.HealthRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flotilla jobs}: every job on every configured cluster, read live. */
@Command(
    name = "jobs",
    description = "List the jobs on every configured cluster, read live from their REST APIs.",
    mixinStandardHelpOptions = true)
public final class JobsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private ConfigFile configFile;

  @Option(names = "--cluster", paramLabel = "C", description = "Only jobs on this cluster.")
  private Optional<String> cluster = Optional.empty();

  @Option(
      names = "--state",
      paramLabel = "S",
      description = "Only jobs in this Flink state (RUNNING, FAILED, RESTARTING, ..., UNKNOWN).")
  private Optional<String> state = Optional.empty();

  @Option(names = "--json", description = "Print JSON instead of a table.")
  private boolean json;

  @Override
  public Integer call() {
    Optional<FlotillaConfig> config = configFile.load(spec.commandLine().getErr());
    if (config.isEmpty()) {
      return ExitCodes.USAGE;
    }
    if (cluster.isPresent() && config.get().cluster(cluster.get()).isEmpty()) {
      spec.commandLine()
          .getErr()
          .printf(
              "flotilla: --cluster: no cluster named '%s' in %s%n",
              cluster.get(), configFile.path());
      return ExitCodes.USAGE;
    }
    Optional<JobState> wanted = state.map(JobState::parse);
    if (state.isPresent()
        && wanted.get() == JobState.UNKNOWN
        && !state.get().equalsIgnoreCase("UNKNOWN")) {
      spec.commandLine()
          .getErr()
          .printf(
              "flotilla: --state: '%s' is not a Flink job state (expected one of %s)%n",
              state.get(), List.of(JobState.values()));
      return ExitCodes.USAGE;
    }
    List<JobObservation> jobs = new ArrayList<>();
    for (ClusterSnapshot s : LivePoll.poll(config.get(), DetailPolicy.never())) {
      if (cluster.isPresent() && !cluster.get().equals(s.cluster().cluster())) {
        continue;
      }
      s.jobs().stream()
          .filter(j -> wanted.isEmpty() || j.state() == wanted.get())
          .forEach(jobs::add);
    }
    Map<String, HealthRow> health = StoredHealth.latest(config.get(), spec.commandLine().getErr());
    var out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(jobs.stream().map(j -> JobView.of(j, config.get(), health)).toList()));
    } else {
      Table t =
          new Table(
              "CLUSTER",
              "NAME",
              "JOB ID",
              "STATE",
              "TASKS RUNNING/TOTAL",
              "UPTIME",
              "HEALTH",
              "NOTE");
      for (JobObservation j : jobs) {
        JobView v = JobView.of(j, config.get(), health);
        t.row(
            j.cluster(),
            j.name().isEmpty() ? "-" : j.name(),
            j.jobId().isEmpty() ? "-" : j.jobId(),
            j.state(),
            v.tasksRunning() + "/" + v.tasksTotal(),
            v.uptime().map(JobsCommand::human).orElse("-"),
            v.health().isPresent() ? String.valueOf(v.health().getAsInt()) : "-",
            j.unknownReason().or(() -> v.topFinding()).orElse(""));
      }
      out.print(t.isEmpty() ? "no jobs\n" : t.render());
    }
    out.flush();
    return ExitCodes.OK;
  }

  static String human(Duration d) {
    long s = d.toSeconds();
    if (s < 120) {
      return s + "s";
    }
    if (s < 7200) {
      return (s / 60) + "m";
    }
    return (s / 3600) + "h" + ((s % 3600) / 60) + "m";
  }

  /** JSON shape of one job in a listing. */
  record JobView(
      String cluster,
      String name,
      String jobId,
      JobState state,
      int tasksRunning,
      int tasksTotal,
      Optional<Instant> startTime,
      Optional<Duration> uptime,
      Optional<String> unknownReason,
      OptionalInt health,
      Optional<String> topFinding) {
    static JobView of(JobObservation j, FlotillaConfig config, Map<String, HealthRow> health) {
      int running = j.taskCounts().getOrDefault("running", 0);
      int total = j.taskCounts().values().stream().mapToInt(Integer::intValue).sum();
      Optional<Duration> uptime =
          j.state() == JobState.RUNNING
              ? j.startTime().map(st -> Duration.between(st, j.observedAt()))
              : Optional.empty();
      String key =
          config.job(j.name()).isPresent()
              ? j.name()
              : JobContext.observedKey(j.cluster(), j.name());
      Optional<HealthRow> h = Optional.ofNullable(health.get(key));
      return new JobView(
          j.cluster(),
          j.name(),
          j.jobId(),
          j.state(),
          running,
          total,
          j.startTime(),
          uptime,
          j.unknownReason(),
          h.map(r -> OptionalInt.of(r.score())).orElse(OptionalInt.empty()),
          h.flatMap(HealthRow::topFinding));
    }
  }
}
