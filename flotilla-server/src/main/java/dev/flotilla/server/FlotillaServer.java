package dev.flotilla.server;

import dev.flotilla.config.Role;
import dev.flotilla.config.ServerSettings;
import dev.flotilla.server.api.AdminApi;
import dev.flotilla.server.api.AuditApi;
import dev.flotilla.server.api.ClusterApi;
import dev.flotilla.server.api.DiagnosisApi;
import dev.flotilla.server.api.JobApi;
import dev.flotilla.server.api.SlaApi;
import dev.flotilla.server.api.WorkflowApi;
import dev.flotilla.server.auth.Authenticator;
import dev.flotilla.server.http.ErrorHandling;
import dev.flotilla.server.http.JsonMapper;
import dev.flotilla.server.http.Route;
import dev.flotilla.server.view.FleetOverview;
import dev.flotilla.server.view.OverviewCache;
import dev.flotilla.sla.report.SloTargets;
import dev.flotilla.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flotilla's HTTP server: the JSON API under {@code /api/v1} (one route table), its OpenAPI
 * document at {@code /api/openapi.json}, the dashboard at {@code /ui/}, and {@code /metrics}.
 * Handlers only read the store, except approve/reject, which record a decision and an audit entry.
 */
public final class FlotillaServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FlotillaServer.class);

  private final Javalin app;
  private final OverviewCache overview;
  private final List<Route> routes;

  private FlotillaServer(Javalin app, OverviewCache overview, List<Route> routes) {
    this.app = app;
    this.overview = overview;
    this.routes = routes;
  }

  /**
   * What the server reads from.
   *
   * @param settings port, bind address and API tokens
   * @param overviewTtl how long the fleet overview is reused (about one collector cycle)
   */
  public record Deps(
      Store store,
      ServerSettings settings,
      Clock clock,
      SloTargets slo,
      Duration overviewTtl,
      Supplier<String> metricsScrape,
      Supplier<Map<String, Object>> health) {
    public Deps {
      Objects.requireNonNull(store);
      Objects.requireNonNull(settings);
      Objects.requireNonNull(clock);
      Objects.requireNonNull(slo);
      Objects.requireNonNull(overviewTtl);
      Objects.requireNonNull(metricsScrape);
      Objects.requireNonNull(health);
    }

    /** Default SLO targets; the overview is recomputed at least every 60 s (one cycle). */
    public static Deps of(
        Store store,
        ServerSettings settings,
        Clock clock,
        Supplier<String> metricsScrape,
        Supplier<Map<String, Object>> health) {
      return new Deps(
          store,
          settings,
          clock,
          SloTargets.defaults(),
          Duration.ofSeconds(10),
          metricsScrape,
          health);
    }
  }

  /**
   * Starts on {@code settings.bind():settings.port()} (port 0 picks a free one). Without tokens it
   * binds to 127.0.0.1 whatever the configured address, and treats local callers as admin.
   */
  public static FlotillaServer start(Deps deps) {
    ServerSettings s = deps.settings();
    String bind = s.bind();
    if (s.tokens().isEmpty()) {
      LOG.warn(
          "No API tokens configured: the API and dashboard listen on 127.0.0.1 only (not {}) and"
              + " every local request is treated as admin. Configure server.tokens to expose it.",
          bind);
      bind = "127.0.0.1";
    }
    OverviewCache overview =
        new OverviewCache(
            () -> FleetOverview.compute(deps.store(), deps.slo(), deps.clock().instant()),
            deps.overviewTtl(),
            System::nanoTime);
    List<Route> routes = routes(deps, overview);
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.useVirtualThreads = false;
              config.jsonMapper(new JavalinJackson(JsonMapper.create(), false));
              config.staticFiles.enableWebjars();
              config.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/ui";
                    sf.directory = "/dashboard";
                    sf.location = Location.CLASSPATH;
                  });
            });
    Authenticator auth = new Authenticator(s);
    for (Route r : routes) {
      app.addHttpHandler(r.method(), r.path(), ErrorHandling.guarded(r, auth));
    }
    app.get("/", ctx -> ctx.redirect("/ui/"));
    ErrorHandling.install(app);
    app.start(bind, s.port());
    LOG.info("Flotilla API and dashboard on http://{}:{}/", bind, app.port());
    return new FlotillaServer(app, overview, routes);
  }

  /** The route table: every API route, its least role and its handler. */
  static List<Route> routes(Deps deps, OverviewCache overview) {
    Store store = deps.store();
    Clock clock = deps.clock();
    var jobs = new JobApi(store, clock);
    var clusters = new ClusterApi(store);
    var sla = new SlaApi(store, clock, deps.slo());
    var diagnoses = new DiagnosisApi(store);
    var workflows = new WorkflowApi(store, clock, overview::refresh);
    var audit = new AuditApi(store, clock);
    var admin = new AdminApi(deps.settings());
    return List.of(
        Route.publicGet("/metrics", ctx -> metrics(ctx, deps)),
        Route.publicGet("/api/v1/health", ctx -> ctx.json(deps.health().get())),
        Route.publicGet("/api/openapi.json", OpenApi::serve),
        Route.get("/api/v1/whoami", Role.VIEWER, admin::whoami),
        Route.get(
            "/api/v1/overview",
            Role.VIEWER,
            ctx -> ctx.contentType("application/json").result(overview.json())),
        Route.get("/api/v1/clusters", Role.VIEWER, clusters::list),
        Route.get("/api/v1/clusters/{name}", Role.VIEWER, clusters::detail),
        Route.get("/api/v1/jobs", Role.VIEWER, jobs::list),
        Route.get("/api/v1/jobs/<jobKey>/sli", Role.VIEWER, jobs::sli),
        Route.get("/api/v1/jobs/<jobKey>/diagnoses", Role.VIEWER, jobs::diagnoses),
        Route.get("/api/v1/jobs/<jobKey>", Role.VIEWER, jobs::detail),
        Route.get("/api/v1/sla", Role.VIEWER, sla::report),
        Route.get("/api/v1/diagnoses", Role.VIEWER, diagnoses::latest),
        Route.get("/api/v1/incidents", Role.VIEWER, diagnoses::incidents),
        Route.get("/api/v1/incidents/{id}", Role.VIEWER, diagnoses::incident),
        Route.get("/api/v1/workflows", Role.VIEWER, workflows::list),
        Route.get("/api/v1/workflows/{id}", Role.VIEWER, workflows::detail),
        Route.get("/api/v1/actions/pending", Role.VIEWER, workflows::pending),
        Route.post("/api/v1/workflows/{id}/approve", Role.OPERATOR, workflows::approve),
        Route.post("/api/v1/workflows/{id}/reject", Role.OPERATOR, workflows::reject),
        Route.get("/api/v1/audit", Role.VIEWER, audit::query),
        Route.get("/api/v1/admin/tokens", Role.ADMIN, admin::tokens));
  }

  private static void metrics(Context ctx, Deps deps) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(deps.metricsScrape().get());
  }

  /**
   * Call after each control-loop cycle has written the store: recomputes the fleet overview in the
   * background, so the dashboard shows the new cycle without any request paying for it.
   */
  public void cycleCompleted() {
    overview.refresh();
  }

  public int port() {
    return app.port();
  }

  /** The registered routes (for the OpenAPI consistency test and docs). */
  public List<Route> routes() {
    return routes;
  }

  @Override
  public void close() {
    app.stop();
    overview.close();
  }
}
