package dev.flotilla.cli.lab;

import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code flotilla lab}: real local Flink clusters for trying Flotilla. */
@Command(
    name = "lab",
    description =
        "Start, inspect and stop real local Flink session clusters (one JobManager and"
            + " TaskManager processes each), several Flink versions side by side.",
    mixinStandardHelpOptions = true,
    subcommands = {LabUpCommand.class, LabStatusCommand.class, LabDownCommand.class})
public final class LabCommand {
  /** Where {@code lab up} keeps work directories, PID files and the manifest. */
  static Path defaultRoot() {
    return Path.of(".flotilla", "lab").toAbsolutePath();
  }
}
