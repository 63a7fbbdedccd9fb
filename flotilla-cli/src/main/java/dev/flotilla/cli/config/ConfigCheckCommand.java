package dev.flotilla.cli.config;

import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.config.ConfigError;
import dev.flotilla.config.ConfigResult;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.load.ConfigLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flotilla config check FILE}: validates without touching anything. */
@Command(
    name = "check",
    description = {
      "Validate a configuration file. Every error names file:line:column, the key and what was"
          + " expected.",
      "Exit code 0 when valid, 2 when not."
    },
    mixinStandardHelpOptions = true)
public final class ConfigCheckCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The file to check (default: ./flotilla.yaml).")
  private Path file = Path.of("flotilla.yaml");

  @Override
  public Integer call() {
    ConfigResult result = ConfigLoader.load(file);
    if (!result.isValid()) {
      var err = spec.commandLine().getErr();
      for (ConfigError e : result.errors()) {
        err.println(e.format());
      }
      err.printf("%d error(s); %s is not valid.%n", result.errors().size(), file);
      err.flush();
      return ExitCodes.USAGE;
    }
    FlotillaConfig c = result.orElseThrow();
    spec.commandLine()
        .getOut()
        .printf(
            "%s is valid: %d cluster(s), %d managed job(s), store %s%n",
            file, c.clusters().size(), c.jobs().size(), c.store());
    return ExitCodes.OK;
  }
}
