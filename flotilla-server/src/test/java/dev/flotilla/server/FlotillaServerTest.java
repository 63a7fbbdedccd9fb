package dev.flotilla.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlotillaServerTest {
  @Test
  void metrics_servesTheScrapeAsPrometheusText() throws Exception {
    var deps = new FlotillaServer.Deps(() -> "flotilla_up 1\n", () -> Map.of("status", "ok"));
    try (var server = FlotillaServer.start(deps, "127.0.0.1", 0)) {
      HttpResponse<String> response = get(server, "/metrics");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
      assertThat(response.body()).isEqualTo("flotilla_up 1\n");
      assertThat(get(server, "/api/v1/health").body()).contains("\"status\":\"ok\"");
    }
  }

  private static HttpResponse<String> get(FlotillaServer server, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
