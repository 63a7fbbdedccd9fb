package dev.flotilla.cli.operator;

import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.cli.support.Json;
import dev.flotilla.operator.workflow.StepView;
import dev.flotilla.operator.workflow.WorkflowView;
import dev.flotilla.store.StoreException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flotilla workflow ID [--json]}: one workflow with its steps and their timings. */
@Command(
    name = "workflow",
    description = "Show one workflow: its steps, intents, results, timings.")
public final class WorkflowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "Workflow id.")
  String id;

  @Option(names = "--json", description = "JSON output.")
  boolean json;

  private final OperatorContext context;

  public WorkflowCommand(OperatorContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<WorkflowView> view;
    List<StepView> steps;
    try {
      view = context.engine().status(id);
      steps = context.engine().steps(id);
    } catch (StoreException e) {
      spec.commandLine().getErr().println("unreachable: " + e.getMessage());
      return ExitCodes.UNREACHABLE;
    }
    if (view.isEmpty()) {
      spec.commandLine().getErr().println("error: no workflow '" + id + "'");
      return ExitCodes.USAGE;
    }
    WorkflowView v = view.get();
    if (json) {
      out.println(Json.write(Map.of("workflow", v, "steps", steps)));
    } else {
      out.println(v.id() + " " + v.type() + " of " + v.jobKey() + ": " + v.state());
      out.println("by " + v.actor() + " at " + v.createdAt() + " because " + v.reason());
      out.print(WorkflowCommandSupport.steps(steps));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
