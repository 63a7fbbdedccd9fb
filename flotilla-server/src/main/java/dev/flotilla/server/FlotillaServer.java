package dev.flotilla.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Flotilla's HTTP server: one route table, handlers that only read (or record action requests).
 * Started by {@code flotilla run}/{@code flotilla demo} and by tests, in-process.
 */
public final class FlotillaServer implements AutoCloseable {
  private final Javalin app;

  private FlotillaServer(Javalin app) {
    this.app = app;
  }

  /** What the server reads from; each is a narrow view supplied by the app's wiring. */
  public record Deps(Supplier<String> metricsScrape, Supplier<Map<String, Object>> health) {
    public Deps {
      Objects.requireNonNull(metricsScrape);
      Objects.requireNonNull(health);
    }
  }

  /** Starts on {@code bind:port} (port 0 picks a free one). */
  public static FlotillaServer start(Deps deps, String bind, int port) {
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.useVirtualThreads = false;
            });
    routes(app, deps);
    app.start(bind, port);
    return new FlotillaServer(app);
  }

  private static void routes(Javalin app, Deps deps) {
    app.get("/metrics", ctx -> metrics(ctx, deps));
    app.get("/api/v1/health", ctx -> ctx.json(deps.health().get()));
  }

  private static void metrics(Context ctx, Deps deps) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(deps.metricsScrape().get());
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
