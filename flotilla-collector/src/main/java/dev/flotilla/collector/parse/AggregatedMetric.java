package dev.flotilla.collector.parse;

import java.util.Objects;
import java.util.OptionalDouble;

/** One {@code {id,min,max,avg,sum,skew}} entry of a subtask-aggregated metrics answer. */
public record AggregatedMetric(
    String id,
    OptionalDouble min,
    OptionalDouble max,
    OptionalDouble avg,
    OptionalDouble sum,
    OptionalDouble skew) {
  public AggregatedMetric {
    Objects.requireNonNull(id);
    Objects.requireNonNull(min);
    Objects.requireNonNull(max);
    Objects.requireNonNull(avg);
    Objects.requireNonNull(sum);
    Objects.requireNonNull(skew);
  }
}
