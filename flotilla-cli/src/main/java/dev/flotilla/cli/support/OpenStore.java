package dev.flotilla.cli.support;

import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.store.Store;

/** Opens the store named in the configuration. */
public final class OpenStore {
  private OpenStore() {}

  public static Store from(FlotillaConfig config) {
    return Store.open(
        config.store().url(),
        config.store().user(),
        config.store().password(),
        config.store().poolSize());
  }
}
