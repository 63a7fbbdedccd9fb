package dev.flotilla.adviser.metrics;

/** A conservative reading of a free-text metrics hint. */
public enum Symptom {
  /** An upstream vertex reports high backpressure. */
  BACKPRESSURE_HIGH,
  /** A vertex is busy close to 100% of the time. */
  OPERATOR_BUSY,
  /** One subtask or key receives far more records than the others. */
  KEY_SKEW,
  /** Checkpoint duration grows towards the timeout. */
  CHECKPOINT_SLOW
}
