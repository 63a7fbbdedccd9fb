package dev.flotilla.sim;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of {@code flotilla sim}.
 *
 * @param speed simulated seconds per real second (1 = real time)
 * @param start simulated start; empty means "now, truncated to the minute"
 * @param truthCsv where to write the ground truth as CSV (computed up front), if anywhere
 * @param truthJsonl the same as JSON Lines
 */
public record SimOptions(
    int clusters,
    int jobsPerCluster,
    long seed,
    int port,
    double speed,
    Duration duration,
    Optional<Instant> start,
    Optional<Path> truthCsv,
    Optional<Path> truthJsonl,
    int threads) {
  public SimOptions {
    Objects.requireNonNull(duration);
    Objects.requireNonNull(start);
    Objects.requireNonNull(truthCsv);
    Objects.requireNonNull(truthJsonl);
    if (clusters < 1 || clusters > 9_999) {
      throw new IllegalArgumentException("clusters must be 1..9999 but was " + clusters);
    }
    if (jobsPerCluster < 1) {
      throw new IllegalArgumentException("jobs per cluster must be at least 1: " + jobsPerCluster);
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535 but was " + port);
    }
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be positive but was " + speed);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  /** 10 clusters × 100 jobs, seed 1, port 8099, real time, 6 hours, 4 threads. */
  public static SimOptions defaults() {
    return new SimOptions(
        10,
        100,
        1,
        8099,
        1.0,
        Duration.ofHours(6),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        4);
  }

  public Instant startOr(Instant now) {
    return start.orElse(now.truncatedTo(ChronoUnit.MINUTES));
  }
}
