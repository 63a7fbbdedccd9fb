package dev.flotilla.server.http;

import dev.flotilla.server.auth.Authenticator;
import dev.flotilla.server.auth.Principal;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authentication in front of every route, and the one JSON error shape: {@code {"error": "...",
 * "parameter": "..."}}. Unexpected failures become a 500 with a reference id; their details go to
 * the log only.
 */
public final class ErrorHandling {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

  private static final String HANDLED = "flotilla.error";

  private ErrorHandling() {}

  /** {@code route}'s handler behind a role check; public routes run as they are. */
  public static Handler guarded(Route route, Authenticator auth) {
    if (route.role().isEmpty()) {
      return route.handler();
    }
    return ctx -> {
      Principal p = auth.require(ctx, route.role().get());
      ctx.attribute(Principal.class.getName(), p);
      route.handler().handle(ctx);
    };
  }

  public static void install(Javalin app) {
    app.exception(
        ApiException.class,
        (e, ctx) -> {
          if (e.status() == 403) {
            LOG.info("denied {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
          }
          error(ctx, e.status(), e.getMessage(), e.parameter().orElse(null));
        });
    app.exception(
        Exception.class,
        (e, ctx) -> {
          String ref = UUID.randomUUID().toString().substring(0, 8);
          LOG.error("request {} {} failed (ref {})", ctx.method(), ctx.path(), ref, e);
          error(ctx, 500, "internal error (ref " + ref + ")", null);
        });
    app.error(
        404,
        ctx -> {
          if (ctx.path().startsWith("/api") && ctx.attribute(HANDLED) == null) {
            error(ctx, 404, "no such route: " + ctx.method() + " " + ctx.path(), null);
          }
        });
    app.error(
        405,
        ctx -> {
          if (ctx.path().startsWith("/api")) {
            error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path(), null);
          }
        });
  }

  private static void error(Context ctx, int status, String message, String parameter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    if (status == 401) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    ctx.attribute(HANDLED, Boolean.TRUE);
    ctx.status(status).json(body);
  }
}
