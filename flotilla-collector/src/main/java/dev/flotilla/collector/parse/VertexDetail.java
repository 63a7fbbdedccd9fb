package dev.flotilla.collector.parse;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One {@code vertices[]} entry of {@code /jobs/:id}.
 *
 * @param readRecords {@code metrics.read-records}
 * @param writeRecords {@code metrics.write-records}
 * @param backpressuredTimeMs {@code metrics.accumulated-backpressured-time}
 * @param busyTimeMs {@code metrics.accumulated-busy-time}
 */
public record VertexDetail(
    String id,
    String name,
    int parallelism,
    OptionalInt maxParallelism,
    String status,
    OptionalLong readRecords,
    OptionalLong writeRecords,
    OptionalLong backpressuredTimeMs,
    OptionalLong busyTimeMs) {
  public VertexDetail {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
    Objects.requireNonNull(maxParallelism);
    Objects.requireNonNull(status);
    Objects.requireNonNull(readRecords);
    Objects.requireNonNull(writeRecords);
    Objects.requireNonNull(backpressuredTimeMs);
    Objects.requireNonNull(busyTimeMs);
  }
}
