package dev.flotilla.collector.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves a recorded fixture directory ({@code overview.json}, {@code job.json}, {@code
 * vertex-<i>-backpressure.json}, …) as the Flink REST API, for any job id. Vertex ids map to the
 * index {@code i} of that vertex in {@code meta.json}'s {@code vertexIds} (else {@code job.json}).
 * A status code recorded in {@code meta.json} for a file (see {@link #statusFor}) is replayed.
 */
public final class FixtureRoutes implements FixtureServer.Router {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern JOB = Pattern.compile("^/jobs/([^/]+)(/.*)?$");
  private static final Pattern VERTEX = Pattern.compile("^/vertices/([^/]+)/(.+)$");
  private static final Pattern TM_METRICS = Pattern.compile("^/taskmanagers/([^/]+)/metrics$");

  private final Path dir;
  private final List<String> vertexIds;
  private final List<String> taskManagerIds;
  private final Map<String, FixtureServer.Reply> cache = new ConcurrentHashMap<>();

  private FixtureRoutes(Path dir) {
    this.dir = dir;
    List<String> fromMeta = new ArrayList<>();
    read(dir.resolve("meta.json")).path("vertexIds").forEach(v -> fromMeta.add(v.asText("")));
    this.vertexIds = fromMeta.isEmpty() ? ids(read(dir.resolve("job.json")), "vertices") : fromMeta;
    this.taskManagerIds = ids(read(dir.resolve("taskmanagers.json")), "taskmanagers");
  }

  public static FixtureRoutes fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a fixture directory: " + dir);
    }
    return new FixtureRoutes(dir);
  }

  @Override
  public Optional<FixtureServer.Reply> route(String pathAndQuery) {
    return fileFor(pathAndQuery).flatMap(this::reply);
  }

  /** The fixture file name answering a request path, if any. */
  public Optional<String> fileFor(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    switch (path) {
      case "/overview":
        return Optional.of("overview.json");
      case "/config":
        return Optional.of("config.json");
      case "/jobs/overview":
        return Optional.of("jobs-overview.json");
      case "/taskmanagers":
        return Optional.of("taskmanagers.json");
      default:
        break;
    }
    Matcher tm = TM_METRICS.matcher(path);
    if (tm.matches()) {
      int i = Math.max(0, taskManagerIds.indexOf(tm.group(1)));
      return Optional.of("taskmanager-" + i + "-metrics.json");
    }
    Matcher job = JOB.matcher(path);
    if (!job.matches()) {
      return Optional.empty();
    }
    String rest = job.group(2) == null ? "" : job.group(2);
    switch (rest) {
      case "":
        return Optional.of("job.json");
      case "/exceptions":
        return Optional.of("job-exceptions.json");
      case "/checkpoints":
        return Optional.of("job-checkpoints.json");
      case "/checkpoints/config":
        return Optional.of("job-checkpoints-config.json");
      case "/metrics":
        return Optional.of("job-metrics.json");
      case "/resource-requirements":
        return Optional.of("job-resource-requirements.json");
      default:
        break;
    }
    Matcher vertex = VERTEX.matcher(rest);
    if (vertex.matches()) {
      int i = Math.max(0, vertexIds.indexOf(vertex.group(1)));
      if (vertex.group(2).equals("backpressure")) {
        return Optional.of("vertex-" + i + "-backpressure.json");
      }
      if (vertex.group(2).equals("subtasks/metrics")) {
        return Optional.of("vertex-" + i + "-subtask-metrics.json");
      }
    }
    return Optional.empty();
  }

  private Optional<FixtureServer.Reply> reply(String file) {
    Path p = dir.resolve(file);
    if (!Files.isRegularFile(p)) {
      return Optional.empty();
    }
    return Optional.of(
        cache.computeIfAbsent(
            file,
            f -> {
              try {
                return new FixtureServer.Reply(statusFor(f), Files.readAllBytes(p));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }));
  }

  /** The HTTP status recorded for a file in meta.json ({@code urls.<file>.status}), else 200. */
  int statusFor(String file) {
    JsonNode status = read(dir.resolve("meta.json")).path("urls").path(file).path("status");
    return status.canConvertToInt() ? status.asInt() : 200;
  }

  private static List<String> ids(JsonNode root, String arrayField) {
    List<String> ids = new ArrayList<>();
    root.path(arrayField).forEach(v -> ids.add(v.path("id").asText("")));
    return ids;
  }

  static JsonNode read(Path file) {
    try {
      return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }
}
