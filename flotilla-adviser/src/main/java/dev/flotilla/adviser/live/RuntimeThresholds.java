package dev.flotilla.adviser.live;

import java.time.Duration;
import java.util.Objects;

/**
 * Thresholds of the runtime detectors. Defaults ({@link #defaults()}) and why:
 *
 * <ul>
 *   <li>{@code exceptionWindow} 30 min: an exception older than this on a RUNNING job is history,
 *       not a current problem (a FAILED or RESTARTING job's newest exception always counts);
 *   <li>{@code restartWindow} 10 min, {@code restartLoopMin} 3: three restarts within ten minutes
 *       is a loop; two in a row with the same exception signature is one too;
 *   <li>{@code backpressureRatio} 0.5: a vertex back-pressured half of the time (or Flink's level
 *       "high") is back-pressured; {@code bottleneckBusyRatio} 0.9: a downstream vertex busy 90 %
 *       of the time or more is the bottleneck;
 *   <li>{@code skewMin} 50: Flink's records-in skew (0..100) from which a keyed vertex is skewed
 *       (the lab's hot-key job shows 95, healthy jobs 2-13), once the vertex has received {@code
 *       skewMinRecords} (1 000) records, so a vertex just started is not called skewed;
 *   <li>{@code checkpointFailureWindow} 10 min: a checkpoint failure this recent on a RUNNING job;
 *   <li>{@code unreachablePolls} 2: consecutive failed polls before a cluster counts as
 *       unreachable.
 * </ul>
 */
public record RuntimeThresholds(
    Duration exceptionWindow,
    Duration restartWindow,
    int restartLoopMin,
    double backpressureRatio,
    double bottleneckBusyRatio,
    double skewMin,
    long skewMinRecords,
    Duration checkpointFailureWindow,
    int unreachablePolls) {

  public RuntimeThresholds {
    positive(exceptionWindow, "exceptionWindow");
    positive(restartWindow, "restartWindow");
    positive(checkpointFailureWindow, "checkpointFailureWindow");
    if (restartLoopMin < 2) {
      throw new IllegalArgumentException("restartLoopMin must be >= 2, got " + restartLoopMin);
    }
    ratio(backpressureRatio, "backpressureRatio");
    ratio(bottleneckBusyRatio, "bottleneckBusyRatio");
    if (skewMin <= 0 || skewMin > 100) {
      throw new IllegalArgumentException("skewMin must be in (0, 100], got " + skewMin);
    }
    if (skewMinRecords < 0) {
      throw new IllegalArgumentException("skewMinRecords must be >= 0, got " + skewMinRecords);
    }
    if (unreachablePolls < 1) {
      throw new IllegalArgumentException("unreachablePolls must be >= 1, got " + unreachablePolls);
    }
  }

  public static RuntimeThresholds defaults() {
    return new RuntimeThresholds(
        Duration.ofMinutes(30),
        Duration.ofMinutes(10),
        3,
        0.5,
        0.9,
        50,
        1_000,
        Duration.ofMinutes(10),
        2);
  }

  static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
  }

  static void ratio(double v, String name) {
    if (!(v > 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1], got " + v);
    }
  }
}
