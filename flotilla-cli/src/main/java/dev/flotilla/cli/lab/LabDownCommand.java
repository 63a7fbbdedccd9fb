package dev.flotilla.cli.lab;

import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.lab.FlinkLab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flotilla lab down}: stops every process of the lab by its recorded PID. */
@Command(
    name = "down",
    description = "Stop every lab process by its recorded PID (never by name).",
    mixinStandardHelpOptions = true)
public final class LabDownCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Lab directory (default: ./.flotilla/lab).")
  private Path root = LabCommand.defaultRoot();

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    // Opening the lab sweeps the processes recorded under its root (PID and command line must
    // both match what was recorded); closing it stops anything left.
    try (FlinkLab lab =
        FlinkLab.open(
            root,
            line -> {
              out.println("  " + line);
              out.flush();
            })) {
      Files.deleteIfExists(root.resolve(LabManifest.FILE));
    }
    out.println("Lab stopped.");
    return ExitCodes.OK;
  }
}
