package dev.flotilla.collector.parse;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@code /jobs/:id/vertices/:vid/backpressure} says.
 *
 * @param level "ok", "low" or "high"
 * @param maxRatio the highest subtask back-pressured ratio, 0..1
 * @param maxBusyRatio the highest subtask busy ratio, 0..1
 */
public record BackpressureInfo(
    Optional<String> level, OptionalDouble maxRatio, OptionalDouble maxBusyRatio) {
  public BackpressureInfo {
    Objects.requireNonNull(level);
    Objects.requireNonNull(maxRatio);
    Objects.requireNonNull(maxBusyRatio);
  }

  public static BackpressureInfo notObserved() {
    return new BackpressureInfo(Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty());
  }
}
