package dev.flotilla.operator.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.model.JobState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link FlinkActions} over Flink's REST API (java.net.http + Jackson, with timeouts). */
public final class RestFlinkActions implements FlinkActions {
  private static final Set<String> PENDING_TASK_STATES =
      Set.of("CREATED", "SCHEDULED", "DEPLOYING", "INITIALIZING", "RECONCILING");

  private final Map<String, FlinkEndpoint> clusters;
  private final RestCalls rest;

  public RestFlinkActions(List<FlinkEndpoint> endpoints, Duration requestTimeout) {
    Map<String, FlinkEndpoint> byName = new LinkedHashMap<>();
    for (FlinkEndpoint e : endpoints) {
      if (byName.put(e.name(), e) != null) {
        throw new IllegalArgumentException("cluster '" + e.name() + "' is listed twice");
      }
    }
    this.clusters = Map.copyOf(byName);
    this.rest = new RestCalls(requestTimeout);
  }

  private FlinkEndpoint endpoint(String cluster) {
    FlinkEndpoint e = clusters.get(cluster);
    if (e == null) {
      throw new IllegalArgumentException(
          "unknown cluster '" + cluster + "'; known: " + clusters.keySet());
    }
    return e;
  }

  private JsonNode get(String cluster, String path) {
    return rest.call("GET", endpoint(cluster).rest().resolve(path), Optional.empty(), 200);
  }

  private JsonNode send(String cluster, String method, String path, JsonNode body, int expect) {
    return rest.call(method, endpoint(cluster).rest().resolve(path), Optional.of(body), expect);
  }

  @Override
  public String uploadJar(String cluster, Path jar) {
    JsonNode answer = rest.upload(endpoint(cluster).rest().resolve("jars/upload"), jar);
    String filename = answer.path("filename").asText("");
    if (filename.isEmpty()) {
      throw new FlinkActionException("jar upload to " + cluster + " answered " + answer);
    }
    return Path.of(filename).getFileName().toString();
  }

  @Override
  public String runJar(
      String cluster,
      String jarId,
      String entryClass,
      List<String> args,
      int parallelism,
      Optional<String> savepointPath,
      boolean allowNonRestoredState) {
    ObjectNode body = rest.json().createObjectNode();
    body.put("entryClass", entryClass);
    body.set("programArgsList", rest.json().valueToTree(args));
    body.put("parallelism", parallelism);
    savepointPath.ifPresent(p -> body.put("savepointPath", p));
    body.put("allowNonRestoredState", allowNonRestoredState);
    JsonNode answer = send(cluster, "POST", "jars/" + jarId + "/run", body, 200);
    String jobId = answer.path("jobid").asText("");
    if (jobId.isEmpty()) {
      throw new FlinkActionException("run of jar " + jarId + " on " + cluster + ": " + answer);
    }
    return jobId;
  }

  @Override
  public void cancel(String cluster, String jobId) {
    rest.call(
        "PATCH",
        endpoint(cluster).rest().resolve("jobs/" + jobId + "?mode=cancel"),
        Optional.empty(),
        202);
  }

  @Override
  public String triggerSavepoint(String cluster, String jobId) {
    ObjectNode body = rest.json().createObjectNode();
    body.put("cancel-job", false);
    body.put("formatType", "CANONICAL");
    return requestId(send(cluster, "POST", "jobs/" + jobId + "/savepoints", body, 202), jobId);
  }

  @Override
  public String stopWithSavepoint(String cluster, String jobId) {
    ObjectNode body = rest.json().createObjectNode();
    body.put("drain", false);
    return requestId(send(cluster, "POST", "jobs/" + jobId + "/stop", body, 202), jobId);
  }

  private static String requestId(JsonNode answer, String jobId) {
    String id = answer.path("request-id").asText("");
    if (id.isEmpty()) {
      throw new FlinkActionException("savepoint of " + jobId + " gave no request-id: " + answer);
    }
    return id;
  }

  @Override
  public SavepointStatus savepointStatus(String cluster, String jobId, String requestId) {
    JsonNode answer = get(cluster, "jobs/" + jobId + "/savepoints/" + requestId);
    if (!"COMPLETED".equals(answer.path("status").path("id").asText())) {
      return SavepointStatus.pending();
    }
    JsonNode op = answer.path("operation");
    if (op.hasNonNull("location")) {
      return SavepointStatus.completed(op.path("location").asText());
    }
    return SavepointStatus.failed(failureText(op.path("failure-cause"), op));
  }

  /**
   * The readable part of a REST failure cause: the first lines of its {@code stack-trace} (the
   * {@code serialized-throwable} field is base64 Java serialization, useless to a person).
   */
  static String failureText(JsonNode cause, JsonNode whole) {
    String trace = cause.path("stack-trace").asText("");
    if (!trace.isBlank()) {
      String[] lines = trace.strip().split("\\R");
      List<String> kept = new ArrayList<>();
      for (String line : lines) {
        String l = line.strip();
        if (kept.isEmpty() || l.startsWith("Caused by:")) {
          kept.add(l);
        }
      }
      return String.join(" / ", kept);
    }
    String cls = cause.path("class").asText("");
    return cls.isEmpty() ? whole.toString() : cls;
  }

  @Override
  public JobState jobState(String cluster, String jobId) {
    Optional<JsonNode> job = rest.getIfFound(endpoint(cluster).rest().resolve("jobs/" + jobId));
    return job.map(j -> JobState.parse(j.path("state").asText())).orElse(JobState.UNKNOWN);
  }

  @Override
  public boolean tasksRunning(String cluster, String jobId) {
    JsonNode job = get(cluster, "jobs/" + jobId);
    if (!"RUNNING".equals(job.path("state").asText()) || job.path("vertices").isEmpty()) {
      return false;
    }
    for (JsonNode v : job.path("vertices")) {
      if (PENDING_TASK_STATES.contains(v.path("status").asText())) {
        return false;
      }
      for (String s : PENDING_TASK_STATES) {
        if (v.path("tasks").path(s).asInt(0) > 0) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public List<FlinkJob> findRunningJobsByName(String cluster, String name) {
    List<FlinkJob> out = new ArrayList<>();
    for (JsonNode j : get(cluster, "jobs/overview").path("jobs")) {
      JobState state = JobState.parse(j.path("state").asText());
      if (name.equals(j.path("name").asText()) && !state.isTerminal()) {
        out.add(new FlinkJob(cluster, j.path("jid").asText(), name, state));
      }
    }
    return out;
  }

  @Override
  public Optional<FlinkJob> newestJobByName(String cluster, String name) {
    FlinkJob newest = null;
    long newestStart = Long.MIN_VALUE;
    for (JsonNode j : get(cluster, "jobs/overview").path("jobs")) {
      long start = j.path("start-time").asLong(0);
      if (name.equals(j.path("name").asText()) && start >= newestStart) {
        newestStart = start;
        newest =
            new FlinkJob(
                cluster, j.path("jid").asText(), name, JobState.parse(j.path("state").asText()));
      }
    }
    return Optional.ofNullable(newest);
  }

  @Override
  public Optional<SavepointRef> latestSavepoint(String cluster, String jobId) {
    JsonNode sp = get(cluster, "jobs/" + jobId + "/checkpoints").path("latest").path("savepoint");
    String path = sp.path("external_path").asText("");
    if (path.isEmpty() || "<checkpoint-not-externally-addressable>".equals(path)) {
      return Optional.empty();
    }
    return Optional.of(
        new SavepointRef(path, Instant.ofEpochMilli(sp.path("trigger_timestamp").asLong(0))));
  }

  @Override
  public Optional<String> latestRetainedCheckpoint(String cluster, String jobId) {
    FlinkEndpoint e = endpoint(cluster);
    try {
      JsonNode latest = get(cluster, "jobs/" + jobId + "/checkpoints").path("latest");
      String path = latest.path("completed").path("external_path").asText("");
      if (!path.isEmpty()) {
        return Optional.of(path);
      }
    } catch (FlinkUnreachableException unreachable) {
      if (e.checkpointDir().isEmpty()) {
        throw unreachable;
      }
    } catch (FlinkActionException notKnown) {
      // the JobManager forgot the job (restart without HA): fall through to the directory
    }
    return e.checkpointDir().flatMap(dir -> RetainedCheckpoints.latest(dir, jobId));
  }

  @Override
  public Map<String, Integer> resourceRequirements(String cluster, String jobId) {
    Map<String, Integer> out = new LinkedHashMap<>();
    get(cluster, "jobs/" + jobId + "/resource-requirements")
        .fields()
        .forEachRemaining(
            f -> out.put(f.getKey(), f.getValue().path("parallelism").path("upperBound").asInt()));
    return out;
  }

  @Override
  public void setResourceRequirements(
      String cluster, String jobId, Map<String, Integer> upperBounds) {
    ObjectNode body = rest.json().createObjectNode();
    upperBounds.forEach(
        (vertex, upper) -> {
          ObjectNode p = body.putObject(vertex).putObject("parallelism");
          p.put("lowerBound", 1);
          p.put("upperBound", upper);
        });
    send(cluster, "PUT", "jobs/" + jobId + "/resource-requirements", body, 200);
  }

  @Override
  public Map<String, Integer> vertexParallelism(String cluster, String jobId) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (JsonNode v : get(cluster, "jobs/" + jobId).path("vertices")) {
      out.put(v.path("id").asText(), v.path("parallelism").asInt());
    }
    return out;
  }

  @Override
  public boolean supportsInPlaceRescale(String cluster) {
    JsonNode config = get(cluster, "config");
    if (config.path("features").path("web-rescale").asBoolean(false)) {
      return true;
    }
    for (JsonNode entry : get(cluster, "jobmanager/config")) {
      if ("jobmanager.scheduler".equals(entry.path("key").asText())) {
        return "adaptive".equalsIgnoreCase(entry.path("value").asText());
      }
    }
    return false;
  }
}
