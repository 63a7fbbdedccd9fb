package dev.flotilla.cli.fleet;

import dev.flotilla.cli.support.OpenStore;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.store.HealthRow;
import dev.flotilla.store.Store;
import dev.flotilla.store.StoreException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

/** The latest health score per job, as the running Flotilla stored it. */
final class StoredHealth {
  private StoredHealth() {}

  static Map<String, HealthRow> latest(FlotillaConfig config, PrintWriter err) {
    Map<String, HealthRow> out = new HashMap<>();
    try (Store store = OpenStore.from(config)) {
      store.health().latestPerJob().forEach(h -> out.put(h.jobKey(), h));
    } catch (StoreException e) {
      err.println("flotilla: warning: no health scores (" + e.getMessage() + ")");
    }
    return out;
  }
}
