package dev.flotilla.sim;

/** What a simulated job is doing during a segment of its timeline. */
public enum Phase {
  /** RUNNING, all tasks running, a checkpoint completes every minute at second 20. */
  HEALTHY,
  /** RESTARTING; a failure every 10 s (6 a minute), each one exception-history entry. */
  RESTART_LOOP,
  /** FAILED after one or two failures at the segment start. */
  FAILED,
  /** Resubmitted and waiting for slots: CREATED, start-time = segment start, fresh history. */
  WAITING,
  /** RUNNING but no checkpoint completes: the latest completed checkpoint ages. */
  SLOW_CHECKPOINT
}
