package dev.flotilla.app;

import dev.flotilla.app.loop.SloTargetsFromConfig;
import dev.flotilla.server.FlotillaServer;

/** Builds the HTTP server's dependencies from the runtime. */
final class ServerWiring {
  private ServerWiring() {}

  static FlotillaServer start(FlotillaRuntime runtime) {
    var deps =
        new FlotillaServer.Deps(
            runtime.store(),
            runtime.config().server(),
            runtime.clock(),
            SloTargetsFromConfig.of(runtime.config()),
            runtime.config().collector().pollInterval(),
            runtime.metrics()::scrape,
            () -> FlotillaService.health(runtime));
    return FlotillaServer.start(deps);
  }
}
