package dev.flotilla.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/** A small Flink REST client for lab tests: jars, jobs, savepoints, metrics. */
public final class LabJobs {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ObjectMapper json = new ObjectMapper();

  /** GET of a path relative to the REST root, any status; throws only when nothing answered. */
  public RestResponse getRaw(LabCluster cluster, String path) {
    URI uri = cluster.restUrl().resolve(path);
    return send(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build());
  }

  /** GET expecting HTTP 200 and a JSON body. */
  public JsonNode get(LabCluster cluster, String path) {
    return parse(expect(getRaw(cluster, path), 200));
  }

  public String uploadJar(LabCluster cluster, Path jar) {
    String boundary = "flotilla-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"jarfile\"; "
                  + "filename=\""
                  + jar.getFileName()
                  + "\"\r\n"
                  + "Content-Type: application/x-java-archive\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(Files.readAllBytes(jar));
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read job jar " + jar, e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(cluster.restUrl().resolve("jars/upload"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    JsonNode answer = parse(expect(send(request), 200));
    String filename = answer.path("filename").asText();
    if (filename.isEmpty()) {
      throw new LabRestException("jar upload to " + cluster + " answered " + answer, 200, null);
    }
    return Path.of(filename).getFileName().toString();
  }

  public String run(
      LabCluster cluster,
      String jarId,
      FaultJobArgs args,
      int parallelism,
      Optional<String> savepointPath) {
    ObjectNode body = json.createObjectNode();
    body.put("entryClass", FaultJobJar.ENTRY_CLASS);
    body.set("programArgsList", json.valueToTree(args.toList()));
    body.put("parallelism", parallelism);
    savepointPath.ifPresent(p -> body.put("savepointPath", p));
    body.put("allowNonRestoredState", false);
    JsonNode answer =
        parse(expect(post(cluster, "jars/" + jarId + "/run", body.toString(), 60), 200));
    String jobId = answer.path("jobid").asText();
    if (jobId.isEmpty()) {
      throw new LabRestException("run of " + args.name() + " answered " + answer, 200, null);
    }
    return jobId;
  }

  public void cancel(LabCluster cluster, String jobId) {
    HttpRequest request =
        HttpRequest.newBuilder(cluster.restUrl().resolve("jobs/" + jobId + "?mode=cancel"))
            .timeout(REQUEST_TIMEOUT)
            .method("PATCH", HttpRequest.BodyPublishers.noBody())
            .build();
    expect(send(request), 202);
  }

  /** Stop-with-savepoint; polls until the savepoint is COMPLETED and returns its location. */
  public String stopWithSavepoint(LabCluster cluster, String jobId, Path targetDir) {
    ObjectNode body = json.createObjectNode();
    body.put("targetDirectory", ClusterConfig.uri(targetDir));
    body.put("drain", false);
    JsonNode accepted =
        parse(expect(post(cluster, "jobs/" + jobId + "/stop", body.toString(), 5), 202));
    String requestId = accepted.path("request-id").asText();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode status = get(cluster, "jobs/" + jobId + "/savepoints/" + requestId);
      if ("COMPLETED".equals(status.path("status").path("id").asText())) {
        JsonNode operation = status.path("operation");
        if (operation.has("location")) {
          return operation.path("location").asText();
        }
        throw new IllegalStateException("savepoint of " + jobId + " failed: " + operation);
      }
      LabCluster.sleep(200);
    }
    throw new IllegalStateException("savepoint of " + jobId + " not COMPLETED within 60 s");
  }

  public String jobState(LabCluster cluster, String jobId) {
    return get(cluster, "jobs/" + jobId).path("state").asText();
  }

  /** Polls the job state until it is one of {@code states}; returns the state reached. */
  public String waitForState(LabCluster cluster, String jobId, Duration timeout, String... states) {
    List<String> wanted = Arrays.asList(states);
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "?";
    while (System.nanoTime() < deadline) {
      last = jobState(cluster, jobId);
      if (wanted.contains(last)) {
        return last;
      }
      LabCluster.sleep(250);
    }
    throw new IllegalStateException(
        "job "
            + jobId
            + " on "
            + cluster
            + " still "
            + last
            + " after "
            + timeout.toSeconds()
            + " s; wanted "
            + wanted);
  }

  /** Waits until the job and all of its vertices are RUNNING. */
  public void waitForAllRunning(LabCluster cluster, String jobId, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      last = get(cluster, "jobs/" + jobId);
      boolean all =
          "RUNNING".equals(last.path("state").asText()) && last.path("vertices").size() > 0;
      for (JsonNode vertex : last.path("vertices")) {
        all &= "RUNNING".equals(vertex.path("status").asText());
      }
      if (all) {
        return;
      }
      LabCluster.sleep(250);
    }
    throw new IllegalStateException(
        "job "
            + jobId
            + " on "
            + cluster
            + " not all RUNNING after "
            + timeout.toSeconds()
            + " s: "
            + (last == null ? "" : last.path("state").asText()));
  }

  /** A job-level metric such as numRestarts, if reported. */
  public OptionalDouble metric(LabCluster cluster, String jobId, String name) {
    return value(get(cluster, "jobs/" + jobId + "/metrics?get=" + name), "value");
  }

  /** One aggregate (min, max, avg, sum, skew) of a subtask metric of the vertex at index. */
  public OptionalDouble vertexMetric(
      LabCluster cluster, String jobId, int vertexIndex, String name, String aggregate) {
    String vid = vertexIds(cluster, jobId).get(vertexIndex);
    return value(
        get(cluster, "jobs/" + jobId + "/vertices/" + vid + "/subtasks/metrics?get=" + name),
        aggregate);
  }

  public List<String> vertexIds(LabCluster cluster, String jobId) {
    JsonNode vertices = get(cluster, "jobs/" + jobId).path("vertices");
    List<String> ids = new java.util.ArrayList<>();
    vertices.forEach(v -> ids.add(v.path("id").asText()));
    return ids;
  }

  private static OptionalDouble value(JsonNode list, String field) {
    for (JsonNode entry : list) {
      JsonNode v = entry.path(field);
      if (v.isNumber() || (v.isTextual() && v.asText().matches("-?[0-9.Ee+-]+"))) {
        return OptionalDouble.of(v.asDouble());
      }
    }
    return OptionalDouble.empty();
  }

  private RestResponse post(LabCluster cluster, String path, String body, int timeoutSeconds) {
    return send(
        HttpRequest.newBuilder(cluster.restUrl().resolve(path))
            .timeout(Duration.ofSeconds(timeoutSeconds))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private RestResponse send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new RestResponse(request.uri().toString(), response.statusCode(), response.body());
    } catch (IOException e) {
      throw new LabRestException(request.method() + " " + request.uri() + " failed: " + e, -1, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LabRestException("interrupted: " + request.uri(), -1, e);
    }
  }

  private static String expect(RestResponse response, int status) {
    if (response.status() != status) {
      throw new LabRestException(
          response.url() + " answered HTTP " + response.status() + ": " + response.body(),
          response.status(),
          null);
    }
    return response.body();
  }

  private JsonNode parse(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new LabRestException("not JSON: " + body, 200, e);
    }
  }
}
