package dev.flotilla.config.option;

import static dev.flotilla.config.option.Option.optional;
import static dev.flotilla.config.option.Option.required;
import static dev.flotilla.config.option.Option.withDefault;

import dev.flotilla.config.AutoAction;
import dev.flotilla.model.Tier;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Options of each entry of {@code jobs} (managed jobs). */
public final class JobOptions {
  private JobOptions() {}

  public static final Option<String> NAME =
      required("name", Types.name(), "Unique job name; it is the job's stable key.");

  public static final Option<Tier> TIER =
      withDefault("tier", Types.tier(), "P2", "Business priority, P0 (highest) to P3.");

  public static final Option<String> OWNER =
      optional("owner", Types.string(), "Owning team, used in SLA reports and notifications.");

  public static final Option<String> ARTIFACT =
      required(
          "artifact",
          Types.string(),
          "Job jar: a path (relative to the configuration file) or an http(s)/file URL.");

  public static final Option<String> ENTRY_CLASS =
      optional("entry-class", Types.string(), "Main class; default is the jar manifest's.");

  public static final Option<List<String>> ARGS =
      withDefault("args", Types.listOf(Types.string()), "[]", "Program arguments.");

  public static final Option<Integer> PARALLELISM =
      withDefault("parallelism", Types.atLeast(1), "1", "Job parallelism.");

  public static final Option<Integer> MAX_PARALLELISM =
      optional(
          "max-parallelism",
          Types.atLeast(1),
          "Upper bound for rescaling (Flink max parallelism); at least `parallelism`.");

  public static final Option<Map<String, String>> CONFIG =
      withDefault(
          "config",
          Types.stringMap(),
          "{}",
          "Flink configuration for this job, e.g. `{execution.checkpointing.interval: 10s}`.");

  public static final Option<String> PLACEMENT_PREFERRED =
      required("placement.preferred", Types.name(), "Cluster the job normally runs on.");

  public static final Option<List<String>> PLACEMENT_FALLBACK =
      withDefault(
          "placement.fallback",
          Types.listOf(Types.name()),
          "[]",
          "Clusters to migrate or evacuate to, in order of preference.");

  public static final Option<Duration> SLO_MAX_CHECKPOINT_AGE =
      optional(
          "slo.max-checkpoint-age",
          Types.positiveDuration(),
          "Abnormal when the latest completed checkpoint is older; overrides `sla` rules.");

  public static final Option<Long> SLO_MAX_LAG =
      optional("slo.max-lag", Types.longAtLeast(0), "Abnormal when consumer lag exceeds this.");

  public static final Option<Integer> SLO_MAX_RESTARTS_PER_HOUR =
      optional(
          "slo.max-restarts-per-hour", Types.atLeast(0), "Abnormal above this many restarts/h.");

  public static final Option<List<AutoAction>> AUTO_ACTIONS =
      optional(
          "auto-actions",
          Types.listOf(Types.autoAction()),
          "Automatic actions this job accepts; narrows `policy.auto-actions` (never widens it)."
              + " Absent: whatever policy allows.");

  public static final Option<String> FLINK =
      optional(
          "flink",
          Types.string(),
          "Flink version the job needs, e.g. \"1.20\"; placement and upgrades respect it.");

  public static final OptionGroup GROUP =
      OptionGroup.of(
          "jobs[]",
          "Managed jobs",
          "Each entry of `jobs` is a job Flotilla owns: it may submit, restart, rescale, migrate"
              + " and upgrade it within `policy`. Jobs found on clusters but not listed here are"
              + " observed only.",
          NAME,
          TIER,
          OWNER,
          ARTIFACT,
          ENTRY_CLASS,
          ARGS,
          PARALLELISM,
          MAX_PARALLELISM,
          CONFIG,
          PLACEMENT_PREFERRED,
          PLACEMENT_FALLBACK,
          SLO_MAX_CHECKPOINT_AGE,
          SLO_MAX_LAG,
          SLO_MAX_RESTARTS_PER_HOUR,
          AUTO_ACTIONS,
          FLINK);
}
