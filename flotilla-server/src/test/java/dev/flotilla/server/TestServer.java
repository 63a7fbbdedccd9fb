package dev.flotilla.server;

import dev.flotilla.config.ApiToken;
import dev.flotilla.config.Role;
import dev.flotilla.config.ServerSettings;
import dev.flotilla.sla.report.SloTargets;
import dev.flotilla.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A real server on a free port over a real SQLite store seeded with {@link FleetFixture}. */
final class TestServer implements AutoCloseable {
  static final String VIEWER = "viewer-secret-1";
  static final String OPERATOR = "operator-secret-1";
  static final String ADMIN = "admin-secret-1";

  final Store store;
  final FlotillaServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  TestServer(Path dir, boolean withTokens) {
    store =
        Store.open(
            "jdbc:sqlite:" + dir.resolve("flotilla.db"), Optional.empty(), Optional.empty(), 1);
    FleetFixture.seed(store);
    List<ApiToken> tokens =
        withTokens
            ? List.of(
                ApiToken.fromSecret("alice-viewer", Role.VIEWER, VIEWER),
                ApiToken.fromSecret("bob-operator", Role.OPERATOR, OPERATOR),
                ApiToken.fromSecret("carol-admin", Role.ADMIN, ADMIN))
            : List.of();
    var deps =
        new FlotillaServer.Deps(
            store,
            new ServerSettings(0, "127.0.0.1", tokens),
            Clock.fixed(FleetFixture.NOW, ZoneOffset.UTC),
            SloTargets.defaults(),
            Duration.ofSeconds(10),
            () -> "flotilla_up 1\n",
            () -> Map.of("status", "ok"));
    server = FlotillaServer.start(deps);
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String path, String token) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), token);
  }

  HttpResponse<String> post(String path, String token) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path)).POST(HttpRequest.BodyPublishers.noBody()),
        token);
  }

  private HttpResponse<String> send(HttpRequest.Builder b, String token) throws Exception {
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
