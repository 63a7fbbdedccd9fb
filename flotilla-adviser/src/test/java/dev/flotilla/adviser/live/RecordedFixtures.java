package dev.flotilla.adviser.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flotilla.collector.ClusterCollector;
import dev.flotilla.collector.ClusterTarget;
import dev.flotilla.collector.DetailPolicy;
import dev.flotilla.collector.FlinkRest;
import dev.flotilla.collector.RestResult;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.SettableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Real observations from the lab's recorded Flink REST responses ({@code
 * flotilla-collector/src/test/resources/fixtures/<version>/<scenario>/}), parsed by the collector
 * itself (a test-scope dependency) through a file-backed {@link FlinkRest}, so the adviser sees
 * exactly what the app would see.
 */
public final class RecordedFixtures {
  static final Path ROOT = Path.of("../flotilla-collector/src/test/resources/fixtures");
  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordedFixtures() {}

  /**
   * One poll of the recorded cluster, observed at {@code at}, the cluster named {@code cluster}.
   */
  public static ClusterSnapshot snapshot(
      String version, String scenario, String cluster, Instant at) {
    Path dir = ROOT.resolve(version).resolve(scenario);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no recorded fixture directory " + dir.toAbsolutePath());
    }
    ClusterCollector collector =
        new ClusterCollector(new FileRest(dir), new SettableClock(at), DetailPolicy.always(), 1);
    return collector.poll(ClusterTarget.of(cluster, "http://recorded.invalid:1")).join();
  }

  /** The recorded scenario's own job (the one the lab injected the fault into). */
  public static JobObservation job(String version, String scenario, Instant at) {
    String jobId =
        read(ROOT.resolve(version).resolve(scenario).resolve("meta.json")).path("jobId").asText();
    return snapshot(version, scenario, "lab", at).jobs().stream()
        .filter(j -> j.jobId().equals(jobId))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("job " + jobId + " not in " + scenario));
  }

  /** When the lab recorded the scenario (meta.json {@code recordedAt}). */
  public static Instant recordedAt(String version, String scenario) {
    return Instant.parse(
        read(ROOT.resolve(version).resolve(scenario).resolve("meta.json"))
            .path("recordedAt")
            .asText());
  }

  public static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture " + file, e);
    }
  }

  /** Serves each recorded path (per meta.json) from its file; anything else is a 404. */
  private static final class FileRest implements FlinkRest {
    private final Path dir;
    private final Map<String, String> fileByPath = new HashMap<>();

    FileRest(Path dir) {
      this.dir = dir;
      JsonNode urls = read(dir.resolve("meta.json")).path("urls");
      for (Iterator<Map.Entry<String, JsonNode>> it = urls.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().path("written").asBoolean(false)) {
          fileByPath.put(e.getValue().path("path").asText(), e.getKey());
        }
      }
    }

    @Override
    public CompletableFuture<RestResult> get(ClusterTarget target, String pathAndQuery) {
      String file = fileByPath.get(pathAndQuery);
      if (file == null) {
        file = fileByPath.get(pathAndQuery.replaceAll("\\?.*", ""));
      }
      RestResult r =
          file == null
              ? new RestResult.HttpError(target.resolve(pathAndQuery), 404, "not recorded")
              : new RestResult.Ok(target.resolve(pathAndQuery), 200, read(dir.resolve(file)));
      return CompletableFuture.completedFuture(r);
    }
  }
}
