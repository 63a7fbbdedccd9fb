package dev.flotilla.cli.actions;

import dev.flotilla.cli.support.ConfigFile;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flotilla approve ID [--as NAME] [--comment TEXT]}. */
@Command(
    name = "approve",
    mixinStandardHelpOptions = true,
    description = "Approve a workflow awaiting approval; the operator runs it next cycle.")
public final class ApproveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConfigFile configFile;

  @Parameters(paramLabel = "ID", description = "The workflow id (see 'flotilla actions').")
  String id;

  @Option(names = "--as", paramLabel = "NAME", description = "Who approves (default: OS user).")
  String actor = ActionsContext.osUser();

  @Option(names = "--comment", paramLabel = "TEXT", description = "Why; goes to the audit log.")
  Optional<String> comment = Optional.empty();

  private final Optional<ActionsContext> context;

  public ApproveCommand() {
    this.context = Optional.empty();
  }

  public ApproveCommand(ActionsContext context) {
    this.context = Optional.of(context);
  }

  @Override
  public Integer call() {
    ActionsContext c = context.orElseGet(() -> ActionsContext.fromConfig(configFile));
    return DecideSupport.decide(spec, c, id, actor, true, comment);
  }
}
