package dev.flotilla.server.api;

import dev.flotilla.server.http.Params;
import dev.flotilla.store.Store;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** The audit log: who did what to which target, in a window. */
public final class AuditApi {
  private final Store store;
  private final Clock clock;

  public AuditApi(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public void query(Context ctx) {
    Params.Window w = Params.window(ctx, clock, Duration.ofDays(7));
    int limit = Params.integer(ctx, "limit", 500, 1, 10_000);
    ctx.json(
        Map.of(
            "from", w.from(),
            "to", w.to(),
            "items",
                store
                    .audit()
                    .query(w.from(), w.to().plusMillis(1), Params.text(ctx, "target"), limit)));
  }
}
