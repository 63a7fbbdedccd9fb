package dev.flotilla.collector;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * GETs Flink REST endpoints over one shared {@link HttpClient} (HTTP/1.1, keep-alive), at most
 * {@link ClusterTarget#maxConcurrentRequests()} at a time per cluster. Every failure comes back as
 * a {@link RestResult}; the returned futures never complete exceptionally.
 */
public final class FlinkRestClient implements FlinkRest {
  private static final int EXCERPT_CHARS = 300;

  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final ConcurrentMap<String, AsyncLimiter> limiters = new ConcurrentHashMap<>();

  private FlinkRestClient(HttpClient http) {
    this.http = Objects.requireNonNull(http);
  }

  /** A client with its own HttpClient on the JDK's default executor. */
  public static FlinkRestClient create(Duration connectTimeout) {
    return new FlinkRestClient(builder(connectTimeout).build());
  }

  /** A client whose HttpClient completes responses (and runs parsing) on {@code executor}. */
  public static FlinkRestClient create(Duration connectTimeout, Executor executor) {
    return new FlinkRestClient(builder(connectTimeout).executor(executor).build());
  }

  private static HttpClient.Builder builder(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER);
  }

  @Override
  public CompletableFuture<RestResult> get(ClusterTarget target, String pathAndQuery) {
    URI url;
    try {
      url = target.resolve(pathAndQuery);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.completedFuture(
          new RestResult.IoFailure(
              target.restUrl(),
              RestResult.Kind.OTHER,
              "bad path '" + pathAndQuery + "': " + e.getMessage(),
              target.requestTimeout()));
    }
    AsyncLimiter limiter =
        limiters.computeIfAbsent(
            target.name(), n -> new AsyncLimiter(target.maxConcurrentRequests()));
    return limiter.submit(() -> send(target, url));
  }

  private CompletableFuture<RestResult> send(ClusterTarget target, URI url) {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .GET()
            .timeout(target.requestTimeout())
            .header("Accept", "application/json")
            .build();
    CompletableFuture<HttpResponse<byte[]>> response;
    try {
      response = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (RuntimeException e) {
      response = CompletableFuture.failedFuture(e);
    }
    return response.handle(
        (r, error) ->
            error != null ? failure(url, error, target.requestTimeout()) : toResult(url, r));
  }

  private RestResult toResult(URI url, HttpResponse<byte[]> response) {
    int status = response.statusCode();
    byte[] bytes = response.body() == null ? new byte[0] : response.body();
    if (status < 200 || status >= 300) {
      return new RestResult.HttpError(url, status, excerpt(bytes));
    }
    try {
      return new RestResult.Ok(url, status, json.readTree(bytes));
    } catch (IOException e) {
      return new RestResult.IoFailure(
          url, RestResult.Kind.BAD_BODY, oneLine(e.getMessage()), Duration.ZERO);
    }
  }

  static RestResult failure(URI url, Throwable error, Duration timeout) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? "" : oneLine(cause.getMessage());
    RestResult.Kind kind;
    if (cause instanceof HttpTimeoutException) {
      kind = RestResult.Kind.TIMEOUT;
    } else if (cause instanceof ConnectException) {
      kind = RestResult.Kind.REFUSED;
    } else if (cause instanceof JacksonException) {
      kind = RestResult.Kind.BAD_BODY;
    } else if (cause instanceof EOFException || looksLikeReset(message)) {
      kind = RestResult.Kind.RESET;
    } else {
      kind = RestResult.Kind.OTHER;
      message = cause.getClass().getSimpleName() + (message.isEmpty() ? "" : " " + message);
    }
    return new RestResult.IoFailure(url, kind, message, timeout);
  }

  private static boolean looksLikeReset(String message) {
    String m = message.toLowerCase(Locale.ROOT);
    return m.contains("reset") || m.contains("closed") || m.contains("broken pipe");
  }

  private static String excerpt(byte[] bytes) {
    String text =
        new String(bytes, 0, Math.min(bytes.length, EXCERPT_CHARS * 4), StandardCharsets.UTF_8);
    text = oneLine(text);
    return text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) + "…" : text;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
