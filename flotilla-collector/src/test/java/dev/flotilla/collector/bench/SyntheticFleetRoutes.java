package dev.flotilla.collector.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.collector.testing.FixtureRoutes;
import dev.flotilla.collector.testing.FixtureServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A recorded fixture cluster scaled to {@code jobs} jobs: {@code /jobs/overview} lists that many
 * copies of the recorded job (distinct ids); every per-job path answers with the recorded file.
 */
final class SyntheticFleetRoutes implements FixtureServer.Router {
  private final FixtureRoutes recorded;
  private final FixtureServer.Reply jobsOverview;

  SyntheticFleetRoutes(Path fixtureDir, int jobs) {
    this.recorded = FixtureRoutes.fromDirectory(fixtureDir);
    try {
      ObjectMapper json = new ObjectMapper();
      JsonNode template =
          json.readTree(Files.readAllBytes(fixtureDir.resolve("jobs-overview.json")))
              .path("jobs")
              .get(0);
      ObjectNode root = json.createObjectNode();
      ArrayNode list = root.putArray("jobs");
      for (int i = 0; i < jobs; i++) {
        ObjectNode job = template.deepCopy();
        job.put("jid", String.format("%032x", i + 1));
        job.put("name", "job-" + i);
        list.add(job);
      }
      this.jobsOverview = new FixtureServer.Reply(200, json.writeValueAsBytes(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<FixtureServer.Reply> route(String pathAndQuery) {
    return pathAndQuery.equals("/jobs/overview")
        ? Optional.of(jobsOverview)
        : recorded.route(pathAndQuery);
  }
}
