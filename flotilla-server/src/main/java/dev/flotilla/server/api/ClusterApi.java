package dev.flotilla.server.api;

import dev.flotilla.server.http.ApiException;
import dev.flotilla.store.Store;
import io.javalin.http.Context;
import java.util.Map;

/** Clusters and their latest polled status. */
public final class ClusterApi {
  private final Store store;

  public ClusterApi(Store store) {
    this.store = store;
  }

  public void list(Context ctx) {
    ctx.json(Map.of("items", store.clusters().list()));
  }

  public void detail(Context ctx) {
    String name = ctx.pathParam("name");
    ctx.json(
        store
            .clusters()
            .get(name)
            .orElseThrow(() -> ApiException.notFound("no cluster '" + name + "'")));
  }
}
