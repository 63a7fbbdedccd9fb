package dev.flotilla.collector.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.model.JobMetrics;
import java.util.OptionalDouble;

/** Parses {@code GET /jobs/:id/metrics?get=...} with the names in {@link #QUERY}. */
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
        m.longValue("lastCheckpointDuration"),
        OptionalDouble.empty());
  }
}
