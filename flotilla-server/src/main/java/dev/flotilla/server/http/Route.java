package dev.flotilla.server.http;

import dev.flotilla.config.Role;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the route table.
 *
 * @param path Javalin path; {@code {x}} is one segment, {@code <x>} may contain slashes
 * @param role the least role allowed; empty for public routes
 */
public record Route(HandlerType method, String path, Optional<Role> role, Handler handler) {
  public Route {
    Objects.requireNonNull(method);
    Objects.requireNonNull(path);
    Objects.requireNonNull(role);
    Objects.requireNonNull(handler);
  }

  public static Route get(String path, Role role, Handler handler) {
    return new Route(HandlerType.GET, path, Optional.of(role), handler);
  }

  public static Route post(String path, Role role, Handler handler) {
    return new Route(HandlerType.POST, path, Optional.of(role), handler);
  }

  public static Route publicGet(String path, Handler handler) {
    return new Route(HandlerType.GET, path, Optional.empty(), handler);
  }

  /** The path as OpenAPI writes it: every parameter as {@code {name}}. */
  public String openApiPath() {
    return path.replace('<', '{').replace('>', '}');
  }
}
