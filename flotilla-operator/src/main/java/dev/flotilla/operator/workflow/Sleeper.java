package dev.flotilla.operator.workflow;

import java.time.Duration;

/** Waits between polls; tests pass one that advances a settable clock instead. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration d);

  static Sleeper real() {
    return d -> {
      try {
        Thread.sleep(d.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting", e);
      }
    };
  }
}
