package dev.flotilla.collector.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.model.JobState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parses {@code GET /jobs/overview}; entries without a job id are skipped. */
public final class JobsOverviewParser {
  private JobsOverviewParser() {}

  public static List<JobSummary> parse(JsonNode root) {
    List<JobSummary> jobs = new ArrayList<>();
    for (JsonNode job : Json.array(root, "jobs")) {
      Optional<String> id = Json.text(job, "jid").filter(s -> !s.isBlank());
      if (id.isEmpty()) {
        continue;
      }
      jobs.add(
          new JobSummary(
              id.get(),
              Json.text(job, "name").orElse(""),
              Json.text(job, "state").map(JobState::parse).orElse(JobState.UNKNOWN),
              Json.epochMillis(job, "start-time"),
              counts(Json.field(job, "tasks"))));
    }
    return jobs;
  }

  /** A {@code {"running":2,"failed":0,...}} object as a map; non-integer values are skipped. */
  static Map<String, Integer> counts(JsonNode tasks) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (tasks.isObject()) {
      tasks
          .fields()
          .forEachRemaining(
              e -> Json.asInt(e.getValue()).ifPresent(n -> counts.put(e.getKey(), n)));
    }
    return counts;
  }
}
