package dev.flotilla.config.option;

import static dev.flotilla.config.option.Option.withDefault;

import java.time.Duration;

/** Options of the {@code collector} section. */
public final class CollectorOptions {
  private CollectorOptions() {}

  public static final Option<Duration> POLL_INTERVAL =
      withDefault(
          "poll-interval",
          Types.positiveDuration(),
          "60s",
          "Time between two collection cycles over all clusters.");

  public static final Option<Integer> DETAIL_EVERY =
      withDefault(
          "detail-every",
          Types.atLeast(1),
          "1",
          "Fetch per-job details (metrics, checkpoints, exceptions) every this many cycles;"
              + " unhealthy jobs are always fetched.");

  public static final Option<Duration> CYCLE_DEADLINE =
      withDefault(
          "cycle-deadline",
          Types.positiveDuration(),
          "30s",
          "A cycle still running after this is cut short; at most `poll-interval`.");

  public static final OptionGroup GROUP =
      OptionGroup.of(
          "collector",
          "Collector",
          "How the Flink clusters are polled.",
          POLL_INTERVAL,
          DETAIL_EVERY,
          CYCLE_DEADLINE);
}
