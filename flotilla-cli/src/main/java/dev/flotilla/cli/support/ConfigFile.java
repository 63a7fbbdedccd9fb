package dev.flotilla.cli.support;

import dev.flotilla.config.ConfigResult;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.load.ConfigLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --config FILE} option shared by every command that needs flotilla.yaml. Defaults to
 * {@code $FLOTILLA_CONFIG}, else {@code ./flotilla.yaml}.
 */
public final class ConfigFile {
  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "Configuration file (default: $FLOTILLA_CONFIG or ./flotilla.yaml).")
  private Path file;

  public Path path() {
    if (file != null) {
      return file;
    }
    String env = System.getenv("FLOTILLA_CONFIG");
    return Path.of(env == null || env.isBlank() ? "flotilla.yaml" : env);
  }

  /** Loads and validates; on errors prints every one of them to {@code err} and returns empty. */
  public Optional<FlotillaConfig> load(PrintWriter err) {
    ConfigResult result = ConfigLoader.load(path());
    if (!result.isValid()) {
      err.println(result.formatErrors());
      err.println("flotilla: configuration is invalid; nothing was done.");
      err.flush();
      return Optional.empty();
    }
    return result.config();
  }
}
