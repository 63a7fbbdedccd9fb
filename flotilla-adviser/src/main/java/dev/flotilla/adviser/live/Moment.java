package dev.flotilla.adviser.live;

/** When a diagnosis is made relative to the failure (DESIGN.md, adviser). */
public enum Moment {
  /** The problem is happening now (restart loop, backpressure, failing checkpoints...). */
  RUNTIME,
  /** A risk, reported before the failure it predicts (trend towards a limit). */
  PREEMPTIVE,
  /** Written after the failure, from the job's history. */
  POSTMORTEM
}
