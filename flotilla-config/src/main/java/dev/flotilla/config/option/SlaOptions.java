package dev.flotilla.config.option;

import static dev.flotilla.config.option.Option.optional;
import static dev.flotilla.config.option.Option.required;
import static dev.flotilla.config.option.Option.withDefault;

import java.time.Duration;
import java.time.Instant;

/** Options of the {@code sla} section and of its {@code maintenance-windows} entries. */
public final class SlaOptions {
  private SlaOptions() {}

  public static final Option<Duration> SCHEDULING_GRACE =
      withDefault(
          "scheduling-grace",
          Types.duration(),
          "2m",
          "A job may be created/restarting this long before its minutes count as SCHEDULING.");

  public static final Option<Integer> CHECKPOINT_AGE_FACTOR =
      withDefault(
          "checkpoint-age-factor",
          Types.atLeast(1),
          "3",
          "Abnormal when the latest checkpoint is older than this many checkpoint intervals.");

  public static final Option<Duration> MAX_CHECKPOINT_AGE =
      withDefault(
          "max-checkpoint-age",
          Types.positiveDuration(),
          "10m",
          "Checkpoint-age limit for jobs whose checkpoint interval is unknown.");

  public static final Option<Integer> RESTARTS_ABNORMAL_PER_10M =
      withDefault(
          "restarts-abnormal-per-10m",
          Types.atLeast(1),
          "2",
          "Abnormal when a job restarts at least this many times within 10 minutes.");

  public static final Option<Integer> BACKPRESSURE_ABNORMAL_MINUTES =
      withDefault(
          "backpressure-abnormal-minutes",
          Types.atLeast(1),
          "5",
          "Abnormal after this many consecutive minutes of high backpressure.");

  public static final Option<Double> SLO_P0 =
      withDefault("slo.P0", Types.percent(), "99.95", "Availability target of P0 jobs, percent.");
  public static final Option<Double> SLO_P1 =
      withDefault("slo.P1", Types.percent(), "99.9", "Availability target of P1 jobs, percent.");
  public static final Option<Double> SLO_P2 =
      withDefault("slo.P2", Types.percent(), "99.5", "Availability target of P2 jobs, percent.");
  public static final Option<Double> SLO_P3 =
      withDefault("slo.P3", Types.percent(), "99.0", "Availability target of P3 jobs, percent.");

  public static final OptionGroup GROUP =
      OptionGroup.of(
              "sla",
              "SLA",
              "How each job-minute is classified and the availability target per tier.",
              SCHEDULING_GRACE,
              CHECKPOINT_AGE_FACTOR,
              MAX_CHECKPOINT_AGE,
              RESTARTS_ABNORMAL_PER_10M,
              BACKPRESSURE_ABNORMAL_MINUTES,
              SLO_P0,
              SLO_P1,
              SLO_P2,
              SLO_P3)
          .withNested("maintenance-windows");

  public static final Option<String> WINDOW_JOB =
      optional("job", Types.string(), "Job key (managed job name or `cluster/jobName`).");

  public static final Option<String> WINDOW_CLUSTER =
      optional("cluster", Types.name(), "Cluster name; the window covers all its jobs.");

  public static final Option<Instant> WINDOW_FROM =
      required("from", Types.instant(), "Start of the window (inclusive).");

  public static final Option<Instant> WINDOW_TO =
      required("to", Types.instant(), "End of the window (exclusive).");

  public static final OptionGroup WINDOW_GROUP =
      OptionGroup.of(
          "sla.maintenance-windows[]",
          "SLA maintenance windows",
          "Planned periods excluded from SLA accounting. Each names exactly one of `job`,"
              + " `cluster`.",
          WINDOW_JOB,
          WINDOW_CLUSTER,
          WINDOW_FROM,
          WINDOW_TO);
}
