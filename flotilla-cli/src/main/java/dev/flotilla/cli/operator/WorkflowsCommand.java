package dev.flotilla.cli.operator;

import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.cli.support.Json;
import dev.flotilla.cli.support.Table;
import dev.flotilla.operator.workflow.WorkflowView;
import dev.flotilla.store.StoreException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flotilla workflows [--job J] [--json]}: operator workflows, oldest first. */
@Command(name = "workflows", description = "List operator workflows, oldest first.")
public final class WorkflowsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--job", description = "Only this job key.")
  String job;

  @Option(names = "--json", description = "JSON output.")
  boolean json;

  private final OperatorContext context;

  public WorkflowsCommand(OperatorContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<WorkflowView> views;
    try {
      views = context.engine().list(Optional.ofNullable(job));
    } catch (StoreException e) {
      spec.commandLine().getErr().println("unreachable: " + e.getMessage());
      return ExitCodes.UNREACHABLE;
    }
    if (json) {
      out.println(Json.write(views));
    } else {
      Table t = new Table("ID", "TYPE", "JOB", "STATE", "ACTOR", "CREATED", "REASON");
      views.forEach(
          v ->
              t.row(v.id(), v.type(), v.jobKey(), v.state(), v.actor(), v.createdAt(), v.reason()));
      out.print(t.isEmpty() ? "no workflows\n" : t.render());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
