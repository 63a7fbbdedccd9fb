package dev.flotilla.collector.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.model.JobState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses {@code GET /jobs/:id}; vertices without an id are skipped. */
public final class JobDetailsParser {
  private JobDetailsParser() {}

  public static JobDetails parse(JsonNode root) {
    List<VertexDetail> vertices = new ArrayList<>();
    for (JsonNode v : Json.array(root, "vertices")) {
      Optional<String> id = Json.text(v, "id").filter(s -> !s.isBlank());
      if (id.isEmpty()) {
        continue;
      }
      JsonNode metrics = Json.field(v, "metrics");
      vertices.add(
          new VertexDetail(
              id.get(),
              Json.text(v, "name").orElse(""),
              Json.smallInteger(v, "parallelism").orElse(0),
              Json.smallInteger(v, "maxParallelism"),
              Json.text(v, "status").orElse(""),
              Json.integer(metrics, "read-records"),
              Json.integer(metrics, "write-records"),
              Json.integer(metrics, "accumulated-backpressured-time"),
              Json.integer(metrics, "accumulated-busy-time")));
    }
    return new JobDetails(
        Json.text(root, "jid").orElse(""),
        Json.text(root, "name").orElse(""),
        Json.text(root, "state").map(JobState::parse).orElse(JobState.UNKNOWN),
        Json.epochMillis(root, "start-time"),
        Json.smallInteger(root, "maxParallelism"),
        Json.text(root, "schedulerType").filter(s -> !s.isBlank()),
        JobsOverviewParser.counts(Json.field(root, "status-counts")),
        vertices);
  }
}
