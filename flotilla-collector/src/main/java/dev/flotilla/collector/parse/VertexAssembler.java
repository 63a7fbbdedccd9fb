package dev.flotilla.collector.parse;

import dev.flotilla.model.VertexObservation;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Joins a vertex of {@code /jobs/:id} with its backpressure sample and subtask metrics.
 *
 * <ul>
 *   <li>backpressure ratio: the sample's highest subtask ratio, else max
 *       backPressuredTimeMsPerSecond / 1000
 *   <li>busy ratio: max busyTimeMsPerSecond / 1000, else the sample's highest busyRatio
 *   <li>records in/out: the subtask sum of numRecordsIn/Out, else the vertex's read/write-records
 *   <li>skew: Flink's {@code skew} of numRecordsIn
 * </ul>
 */
public final class VertexAssembler {
  private VertexAssembler() {}

  public static VertexObservation assemble(
      VertexDetail v, BackpressureInfo bp, Map<String, AggregatedMetric> metrics) {
    Optional<AggregatedMetric> in = Optional.ofNullable(metrics.get("numRecordsIn"));
    Optional<AggregatedMetric> out = Optional.ofNullable(metrics.get("numRecordsOut"));
    return new VertexObservation(
        v.id(),
        v.name(),
        v.parallelism(),
        v.status(),
        bp.level(),
        or(bp.maxRatio(), perMille(metrics.get("backPressuredTimeMsPerSecond"))),
        or(perMille(metrics.get("busyTimeMsPerSecond")), bp.maxBusyRatio()),
        in.map(AggregatedMetric::skew).orElse(OptionalDouble.empty()),
        or(sum(in), v.readRecords()),
        or(sum(out), v.writeRecords()));
  }

  private static OptionalDouble perMille(AggregatedMetric m) {
    if (m == null || m.max().isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.min(1.0, Math.max(0.0, m.max().getAsDouble() / 1000.0)));
  }

  private static OptionalLong sum(Optional<AggregatedMetric> m) {
    return m.flatMap(
            a -> a.sum().isPresent() ? Optional.of(a.sum().getAsDouble()) : Optional.empty())
        .map(d -> OptionalLong.of(Math.round(d)))
        .orElse(OptionalLong.empty());
  }

  private static OptionalDouble or(OptionalDouble first, OptionalDouble second) {
    return first.isPresent() ? first : second;
  }

  private static OptionalLong or(OptionalLong first, OptionalLong second) {
    return first.isPresent() ? first : second;
  }
}
