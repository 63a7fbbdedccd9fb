package dev.flotilla.server.http;

import java.util.Optional;

/**
 * An error the API reports as {@code {"error": "...", "parameter": "..."}} with an HTTP status.
 * Messages are for the caller: they never carry internals such as SQL or stack traces.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final Optional<String> parameter;

  public ApiException(int status, String message, Optional<String> parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }

  public static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, message, Optional.of(parameter));
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message, Optional.empty());
  }

  public static ApiException conflict(String message) {
    return new ApiException(409, message, Optional.empty());
  }

  public int status() {
    return status;
  }

  public Optional<String> parameter() {
    return parameter;
  }
}
