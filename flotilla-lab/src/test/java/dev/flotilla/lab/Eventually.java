package dev.flotilla.lab;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls a condition until it holds; fails with the last observed value. */
final class Eventually {
  private Eventually() {}

  static <T> T await(
      String what, Duration timeout, Supplier<T> probe, java.util.function.Predicate<T> ok) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T last = null;
    RuntimeException lastError = null;
    while (System.nanoTime() < deadline) {
      try {
        last = probe.get();
        if (ok.test(last)) {
          return last;
        }
      } catch (RuntimeException e) {
        lastError = e;
      }
      LabCluster.sleep(500);
    }
    throw new AssertionError(
        what + " not seen within " + timeout.toSeconds() + " s; last value: " + last, lastError);
  }
}
