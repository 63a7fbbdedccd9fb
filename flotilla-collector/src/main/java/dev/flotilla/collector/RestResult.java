package dev.flotilla.collector;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** The outcome of one GET: a JSON body, an HTTP error status, or an I/O failure. Never thrown. */
public sealed interface RestResult {

  URI url();

  /** The JSON body when the request succeeded (2xx and valid JSON). */
  default Optional<JsonNode> body() {
    return Optional.empty();
  }

  default boolean isOk() {
    return body().isPresent();
  }

  /** A one-line human reason, e.g. "connection refused to http://localhost:8081/overview". */
  String describe();

  /** 2xx with a parsed JSON body. */
  record Ok(URI url, int status, JsonNode json) implements RestResult {
    public Ok {
      Objects.requireNonNull(url);
      Objects.requireNonNull(json);
    }

    @Override
    public Optional<JsonNode> body() {
      return Optional.of(json);
    }

    @Override
    public String describe() {
      return "HTTP " + status + " from " + url;
    }
  }

  /** A non-2xx answer, with the start of its body (Flink puts {@code {"errors":[...]}} there). */
  record HttpError(URI url, int status, String bodyExcerpt) implements RestResult {
    public HttpError {
      Objects.requireNonNull(url);
      Objects.requireNonNull(bodyExcerpt);
    }

    @Override
    public String describe() {
      return "HTTP " + status + " from " + url + (bodyExcerpt.isEmpty() ? "" : ": " + bodyExcerpt);
    }
  }

  /** No usable answer: refused, timed out, reset, unparseable body or another I/O cause. */
  record IoFailure(URI url, Kind kind, String detail, Duration timeout) implements RestResult {
    public IoFailure {
      Objects.requireNonNull(url);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(detail);
      Objects.requireNonNull(timeout);
    }

    @Override
    public String describe() {
      return switch (kind) {
        case REFUSED -> "connection refused to " + url;
        case TIMEOUT -> "timed out after " + format(timeout) + " waiting for " + url;
        case RESET -> "connection reset by " + url + suffix();
        case BAD_BODY -> "unparseable JSON from " + url + suffix();
        case OTHER -> "request to " + url + " failed" + suffix();
      };
    }

    private String suffix() {
      return detail.isBlank() ? "" : ": " + detail;
    }

    static String format(Duration d) {
      long ms = d.toMillis();
      return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
  }

  /** Why a request got no usable answer. */
  enum Kind {
    REFUSED,
    TIMEOUT,
    RESET,
    BAD_BODY,
    OTHER
  }
}
