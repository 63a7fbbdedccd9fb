package dev.flotilla.cli.actions;

import dev.flotilla.cli.support.ConfigFile;
import dev.flotilla.cli.support.OpenStore;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.store.Store;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;

/** What the approval commands need: the store and a clock (tests pass their own). */
public interface ActionsContext {

  /** Opens the store; on a configuration error prints it to {@code err} and returns empty. */
  Optional<Store> openStore(PrintWriter err);

  Clock clock();

  /** The store named in flotilla.yaml ({@code --config}). */
  static ActionsContext fromConfig(ConfigFile file) {
    return new ActionsContext() {
      @Override
      public Optional<Store> openStore(PrintWriter err) {
        Optional<FlotillaConfig> config = file.load(err);
        return config.map(OpenStore::from);
      }

      @Override
      public Clock clock() {
        return Clock.systemUTC();
      }
    };
  }

  /** The OS user, the default actor of a decision. */
  static String osUser() {
    String user = System.getProperty("user.name");
    return user == null || user.isBlank() ? "unknown" : user;
  }
}
