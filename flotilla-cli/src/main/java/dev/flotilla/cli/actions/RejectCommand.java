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

/** {@code flotilla reject ID [--reason TEXT] [--as NAME]}. */
@Command(
    name = "reject",
    mixinStandardHelpOptions = true,
    description = "Reject a workflow awaiting approval; it is cancelled and never runs.")
public final class RejectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConfigFile configFile;

  @Parameters(paramLabel = "ID", description = "The workflow id (see 'flotilla actions').")
  String id;

  @Option(names = "--as", paramLabel = "NAME", description = "Who rejects (default: OS user).")
  String actor = ActionsContext.osUser();

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why; goes to the audit log.")
  Optional<String> reason = Optional.empty();

  private final Optional<ActionsContext> context;

  public RejectCommand() {
    this.context = Optional.empty();
  }

  public RejectCommand(ActionsContext context) {
    this.context = Optional.of(context);
  }

  @Override
  public Integer call() {
    ActionsContext c = context.orElseGet(() -> ActionsContext.fromConfig(configFile));
    return DecideSupport.decide(spec, c, id, actor, false, reason);
  }
}
