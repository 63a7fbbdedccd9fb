package dev.flotilla.sim;

import dev.flotilla.model.Tier;
import java.util.List;
import java.util.Objects;

/**
 * One simulated Flink job and its timeline.
 *
 * @param vertexIds two vertices: source, then the rest of the chain
 * @param segments non-overlapping, sorted, with at least a minute of HEALTHY between them
 */
public record SimJob(
    String cluster,
    String jobId,
    String name,
    Tier tier,
    String owner,
    int parallelism,
    List<String> vertexIds,
    List<Segment> segments) {
  public SimJob {
    Objects.requireNonNull(cluster);
    Objects.requireNonNull(jobId);
    Objects.requireNonNull(name);
    Objects.requireNonNull(tier);
    Objects.requireNonNull(owner);
    vertexIds = List.copyOf(vertexIds);
    segments = List.copyOf(segments);
    for (int i = 1; i < segments.size(); i++) {
      if (segments.get(i).from().isBefore(segments.get(i - 1).to())) {
        throw new IllegalArgumentException("overlapping segments in job " + cluster + "/" + name);
      }
    }
  }

  /** The SLA key of this (observed) job: {@code cluster/name}. */
  public String jobKey() {
    return cluster + "/" + name;
  }

  public SimJob withSegments(List<Segment> s) {
    return new SimJob(cluster, jobId, name, tier, owner, parallelism, vertexIds, s);
  }
}
