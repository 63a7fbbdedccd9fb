package dev.flotilla.app;

import dev.flotilla.server.FlotillaServer;

/** Builds the HTTP server's dependencies from the runtime. */
final class ServerWiring {
  private ServerWiring() {}

  static FlotillaServer start(FlotillaRuntime runtime) {
    var deps =
        new FlotillaServer.Deps(runtime.metrics()::scrape, () -> FlotillaService.health(runtime));
    return FlotillaServer.start(
        deps, runtime.config().server().bind(), runtime.config().server().port());
  }
}
