package dev.flotilla.collector.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.model.JobMetrics;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Parses {@code GET /jobs/:id/metrics?get=...} with the names in {@link #QUERY}. Flink answers
 * {@code []} when its metric fetcher has nothing (e.g. right after a TaskManager was lost): all not
 * observed. {@code lastCheckpointDuration} of -1 (no checkpoint completed yet) is not observed.
 */
public final class JobMetricsParser {
  /** The exact query the collector sends (and the fixtures were recorded with). */
  public static final String QUERY =
      "get=numRestarts,uptime,restartingTime,numberOfFailedCheckpoints,"
          + "numberOfCompletedCheckpoints,lastCheckpointDuration";

  private JobMetricsParser() {}

  public static JobMetrics parse(JsonNode root) {
    MetricValues m = MetricValues.parse(root);
    return new JobMetrics(
        m.longValue("numRestarts"),
        m.longValue("uptime"),
        m.longValue("restartingTime"),
        m.longValue("numberOfFailedCheckpoints"),
        m.longValue("numberOfCompletedCheckpoints"),
        nonNegative(m.longValue("lastCheckpointDuration")),
        OptionalDouble.empty());
  }

  private static OptionalLong nonNegative(OptionalLong v) {
    return v.isPresent() && v.getAsLong() < 0 ? OptionalLong.empty() : v;
  }
}
