package dev.flotilla.adviser.live;

import java.time.Duration;

/**
 * Thresholds of the pre-emptive risks (reported before the failure). Defaults ({@link
 * #defaults()}):
 *
 * <ul>
 *   <li>checkpoints: a least-squares line through the last {@code checkpointPoints} (4..) distinct
 *       completed checkpoint durations must reach the job's checkpoint timeout ({@code
 *       defaultCheckpointTimeout} 10 min, Flink's default, unless configured per job) within {@code
 *       checkpointHorizon} (15 min);
 *   <li>heap: at least {@code heapPoints} (5) samples of a TaskManager's heap used / max, the last
 *       above {@code heapMinRatio} (0.7), the lower envelope rising, and the line reaching {@code
 *       heapLimitRatio} (0.95) within {@code heapHorizon} (30 min);
 *   <li>restarts: restarts in the last {@code restartWindow} (10 min) at least {@code
 *       restartAccelerationMin} (2) and at least {@code restartAccelerationFactor} (2) times those
 *       of the window before;
 *   <li>lag: at least {@code lagPoints} (4) samples, lag above {@code lagMin} (10 000 records) and
 *       growing by at least {@code lagGrowthPerMinute} (1 000 records/min) on the fitted line;
 *   <li>GC: a TaskManager's GC count rising by {@code gcPerMinute} (60) or more per minute over the
 *       last two samples at least a minute apart.
 * </ul>
 */
public record RiskThresholds(
    int checkpointPoints,
    Duration checkpointHorizon,
    Duration defaultCheckpointTimeout,
    int heapPoints,
    double heapMinRatio,
    double heapLimitRatio,
    Duration heapHorizon,
    Duration restartWindow,
    int restartAccelerationMin,
    double restartAccelerationFactor,
    int lagPoints,
    double lagMin,
    double lagGrowthPerMinute,
    double gcPerMinute) {

  public RiskThresholds {
    if (checkpointPoints < 3 || heapPoints < 3 || lagPoints < 3) {
      throw new IllegalArgumentException(
          "a trend needs at least 3 points (checkpointPoints, heapPoints, lagPoints)");
    }
    RuntimeThresholds.positive(checkpointHorizon, "checkpointHorizon");
    RuntimeThresholds.positive(defaultCheckpointTimeout, "defaultCheckpointTimeout");
    RuntimeThresholds.positive(heapHorizon, "heapHorizon");
    RuntimeThresholds.positive(restartWindow, "restartWindow");
    RuntimeThresholds.ratio(heapMinRatio, "heapMinRatio");
    RuntimeThresholds.ratio(heapLimitRatio, "heapLimitRatio");
    if (heapMinRatio >= heapLimitRatio) {
      throw new IllegalArgumentException("heapMinRatio must be below heapLimitRatio");
    }
    if (restartAccelerationMin < 1 || restartAccelerationFactor <= 1) {
      throw new IllegalArgumentException(
          "restartAccelerationMin must be >= 1 and restartAccelerationFactor > 1");
    }
    if (lagMin < 0 || lagGrowthPerMinute <= 0 || gcPerMinute <= 0) {
      throw new IllegalArgumentException(
          "lagMin must be >= 0, lagGrowthPerMinute and gcPerMinute > 0");
    }
  }

  public static RiskThresholds defaults() {
    return new RiskThresholds(
        4,
        Duration.ofMinutes(15),
        Duration.ofMinutes(10),
        5,
        0.7,
        0.95,
        Duration.ofMinutes(30),
        Duration.ofMinutes(10),
        2,
        2.0,
        4,
        10_000,
        1_000,
        60);
  }
}
