package dev.flotilla.adviser.metrics;

/** A conservative reading of a free-text metrics hint. */
public enum Symptom {
  /** An upstream vertex reports high backpressure. */
  BACKPRESSURE_HIGH,
  /** A vertex is busy close to 100% of the time, or is named as the bottleneck. */
  OPERATOR_BUSY,
  /** Source lag (Kafka consumer lag, records behind) keeps growing: the job cannot keep up. */
  LAG_GROWING,
  /** One subtask or key receives far more records than the others. */
  KEY_SKEW,
  /** Checkpoint duration grows towards the timeout, or checkpoints already expire. */
  CHECKPOINT_SLOW,
  /** Heap stays nearly full after garbage collection, or GC takes a large share of the time. */
  HEAP_PRESSURE
}
