package dev.flotilla.operator.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Optional;
import java.util.UUID;

/** HTTP plumbing of {@link RestFlinkActions}: JSON in and out, status checks, clear errors. */
final class RestCalls {
  private static final Duration UPLOAD_TIMEOUT = Duration.ofSeconds(60);
  private final HttpClient http;
  private final Duration timeout;
  private final ObjectMapper json = new ObjectMapper();

  RestCalls(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("request timeout must be positive but was " + timeout);
    }
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(
                timeout.compareTo(Duration.ofSeconds(3)) < 0 ? timeout : Duration.ofSeconds(3))
            .build();
  }

  ObjectMapper json() {
    return json;
  }

  JsonNode call(String method, URI uri, Optional<JsonNode> body, int expectedStatus) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
    if (body.isPresent()) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(body.get().toString()));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response = send(b.build());
    if (response.statusCode() != expectedStatus) {
      throw new FlinkActionException(
          method
              + " "
              + uri
              + " answered HTTP "
              + response.statusCode()
              + " (expected "
              + expectedStatus
              + "): "
              + abbreviate(response.body()),
          response.statusCode(),
          null);
    }
    return parse(uri, response.body());
  }

  /** GET that answers empty on HTTP 404 (the cluster does not know the resource). */
  Optional<JsonNode> getIfFound(URI uri) {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw new FlinkActionException(
          "GET "
              + uri
              + " answered HTTP "
              + response.statusCode()
              + ": "
              + abbreviate(response.body()),
          response.statusCode(),
          null);
    }
    return Optional.of(parse(uri, response.body()));
  }

  JsonNode upload(URI uri, Path jar) {
    String boundary = "flotilla-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"jarfile\"; filename=\""
                  + jar.getFileName()
                  + "\"\r\nContent-Type: application/x-java-archive\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(Files.readAllBytes(jar));
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read job jar " + jar + ": " + e.getMessage(), e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(UPLOAD_TIMEOUT)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new FlinkActionException(
          "upload of "
              + jar
              + " to "
              + uri
              + " answered HTTP "
              + response.statusCode()
              + ": "
              + abbreviate(response.body()),
          response.statusCode(),
          null);
    }
    return parse(uri, response.body());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new FlinkUnreachableException(
          request.method() + " " + request.uri() + " got no answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FlinkUnreachableException("interrupted during " + request.uri(), e);
    }
  }

  private JsonNode parse(URI uri, String body) {
    if (body == null || body.isBlank()) {
      return json.createObjectNode();
    }
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new FlinkActionException(uri + " did not answer JSON: " + abbreviate(body), 200, e);
    }
  }

  private static String abbreviate(String body) {
    String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
    return oneLine.length() > 400 ? oneLine.substring(0, 400) + "..." : oneLine;
  }
}
