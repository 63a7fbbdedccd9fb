package dev.flotilla.server.api;

import dev.flotilla.config.ServerSettings;
import dev.flotilla.server.auth.Principal;
import io.javalin.http.Context;
import java.util.Map;

/** Admin-only view of the server's configuration: token names and roles, never hashes. */
public final class AdminApi {
  private final ServerSettings settings;

  public AdminApi(ServerSettings settings) {
    this.settings = settings;
  }

  /** The caller's token name and role (never the secret). */
  public void whoami(Context ctx) {
    Principal p = ctx.attribute(Principal.class.getName());
    ctx.json(Map.of("name", p.name(), "role", p.role().yamlName()));
  }

  public void tokens(Context ctx) {
    ctx.json(
        Map.of(
            "items",
            settings.tokens().stream()
                .map(t -> Map.of("name", t.name(), "role", t.role().yamlName()))
                .toList()));
  }
}
