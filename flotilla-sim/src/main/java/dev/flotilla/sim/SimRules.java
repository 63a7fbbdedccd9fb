package dev.flotilla.sim;

import java.time.Duration;

/**
 * The SLI thresholds the simulator's ground truth is computed with; the SLA engine under test must
 * be configured with the same values (restart rate, checkpoint age, scheduling grace).
 */
public record SimRules(
    int restartThreshold, Duration restartWindow, Duration maxCheckpointAge, Duration grace) {

  /** 3 restarts in 10 min; checkpoints older than 10 min; 3 min scheduling grace. */
  public static SimRules defaults() {
    return new SimRules(3, Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(3));
  }
}
