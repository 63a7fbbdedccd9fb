package dev.flotilla.cli;

import dev.flotilla.cli.actions.ActionsCommand;
import dev.flotilla.cli.actions.ApproveCommand;
import dev.flotilla.cli.actions.RejectCommand;
import dev.flotilla.cli.advise.AdviseCommand;
import dev.flotilla.cli.config.ConfigCommand;
import dev.flotilla.cli.demo.DemoCommand;
import dev.flotilla.cli.fleet.ClustersCommand;
import dev.flotilla.cli.fleet.JobCommand;
import dev.flotilla.cli.fleet.JobsCommand;
import dev.flotilla.cli.lab.LabCommand;
import dev.flotilla.cli.operator.ConfigSetCommand;
import dev.flotilla.cli.operator.MigrateCommand;
import dev.flotilla.cli.operator.RescaleCommand;
import dev.flotilla.cli.operator.RestartCommand;
import dev.flotilla.cli.operator.SavepointCommand;
import dev.flotilla.cli.operator.UpgradeCommand;
import dev.flotilla.cli.operator.WorkflowCommand;
import dev.flotilla.cli.operator.WorkflowsCommand;
import dev.flotilla.cli.run.RunCommand;
import dev.flotilla.cli.sim.SimCommand;
import dev.flotilla.cli.sla.SlaCommand;
import dev.flotilla.cli.support.CommandFactory;
import dev.flotilla.cli.support.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code flotilla} command: only lists its subcommands. */
@Command(
    name = "flotilla",
    description = {
      "Flotilla keeps a fleet of Apache Flink jobs healthy: minute-level SLA, diagnosis, safe"
          + " actions.",
      "",
      "Exit codes: 0 ok, 1 failure, 2 bad usage or invalid configuration, 3 unreachable."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = {
      ConfigCommand.class,
      ClustersCommand.class,
      JobsCommand.class,
      JobCommand.class,
      AdviseCommand.class,
      SlaCommand.class,
      RunCommand.class,
      DemoCommand.class,
      LabCommand.class,
      RestartCommand.class,
      SavepointCommand.class,
      RescaleCommand.class,
      MigrateCommand.class,
      UpgradeCommand.class,
      ConfigSetCommand.class,
      WorkflowsCommand.class,
      WorkflowCommand.class,
      ActionsCommand.class,
      ApproveCommand.class,
      RejectCommand.class,
      SimCommand.class,
      CommandLine.HelpCommand.class
    })
public final class FlotillaCommand implements Runnable {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The configured command line used by {@code main} and by tests. */
  public static CommandLine commandLine() {
    CommandFactory factory = new CommandFactory();
    CommandLine cmd = new CommandLine(new FlotillaCommand(), factory);
    factory.decorate(cmd);
    // `flotilla sla --by job` must read "job" as the option's value, not as `sla job`.
    cmd.setAllowSubcommandsAsOptionParameters(true);
    cmd.setExitCodeExceptionMapper(e -> ExitCodes.FAILURE);
    cmd.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("flotilla: " + ex.getMessage());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
          return ExitCodes.USAGE;
        });
    cmd.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          c.getErr().println("flotilla: " + c.getCommandName() + " failed: " + describe(ex));
          if (System.getenv("FLOTILLA_DEBUG") != null) {
            ex.printStackTrace(c.getErr());
          } else {
            c.getErr().println("(set FLOTILLA_DEBUG=1 for the stack trace)");
          }
          return ExitCodes.FAILURE;
        });
    return cmd;
  }

  private static String describe(Throwable e) {
    String msg = e.getMessage();
    return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
  }
}
