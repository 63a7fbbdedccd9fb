package dev.flotilla.operator.workflow;

/**
 * Sees each step event as it happens: {@code INTENT} (stored, about to act), {@code ACTED} (done
 * but result not stored yet), {@code DONE}, {@code FAILED}. The operator process prints them so a
 * crash test can kill it at a precise point.
 */
@FunctionalInterface
public interface StepListener {

  /** A step event. */
  enum Event {
    INTENT,
    ACTED,
    DONE,
    FAILED
  }

  void on(String workflowId, int index, String stepName, Event event);

  static StepListener none() {
    return (w, i, n, e) -> {};
  }
}
