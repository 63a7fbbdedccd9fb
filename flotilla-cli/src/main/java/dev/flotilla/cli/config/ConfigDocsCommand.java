package dev.flotilla.cli.config;

import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.config.reference.ConfigReference;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code flotilla config docs}: prints the generated configuration reference (Markdown). */
@Command(
    name = "docs",
    description = "Print the configuration reference generated from the option declarations.",
    mixinStandardHelpOptions = true)
public final class ConfigDocsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ConfigReference.markdown());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
