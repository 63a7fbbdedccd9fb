package dev.flotilla.cli.operator;

import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.cli.support.Table;
import dev.flotilla.operator.flink.FlinkUnreachableException;
import dev.flotilla.operator.workflow.StepView;
import dev.flotilla.operator.workflow.WorkflowConflictException;
import dev.flotilla.operator.workflow.WorkflowEngine;
import dev.flotilla.operator.workflow.WorkflowParams;
import dev.flotilla.operator.workflow.WorkflowRequest;
import dev.flotilla.operator.workflow.WorkflowType;
import dev.flotilla.operator.workflow.WorkflowView;
import dev.flotilla.store.StoreException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Shared options and the run-and-report logic of the commands that start a workflow. */
abstract class WorkflowCommandSupport {
  @Spec CommandSpec spec;

  @Option(names = "--dry-run", description = "Record what would be done; touch nothing.")
  boolean dryRun;

  @Option(names = "--reason", description = "Why (goes to the audit log).", defaultValue = "cli")
  String reason;

  @Option(names = "--actor", description = "Who (default: the OS user).")
  String actor = System.getProperty("user.name", "cli");

  final OperatorContext context;

  WorkflowCommandSupport(OperatorContext context) {
    this.context = context;
  }

  int start(WorkflowType type, String jobKey, UnaryOperator<WorkflowParams> edit) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      WorkflowParams params = edit.apply(context.job(jobKey)).withDryRun(dryRun);
      WorkflowEngine engine = context.engine();
      String id = engine.start(new WorkflowRequest(type, jobKey, params, actor, reason));
      WorkflowView view = engine.status(id).orElseThrow();
      out.println(type + " of " + jobKey + ": workflow " + id + " " + view.state());
      out.print(steps(engine.steps(id)));
      out.flush();
      return view.succeeded() || view.dryRun() ? ExitCodes.OK : ExitCodes.FAILURE;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (WorkflowConflictException e) {
      err.println("refused: " + e.getMessage());
      return ExitCodes.FAILURE;
    } catch (FlinkUnreachableException | StoreException e) {
      err.println("unreachable: " + e.getMessage());
      return ExitCodes.UNREACHABLE;
    }
  }

  static String steps(List<StepView> steps) {
    Table t = new Table("#", "STEP", "STATE", "TOOK", "INTENT", "RESULT");
    for (StepView s : steps) {
      t.row(
          s.index(),
          s.name(),
          s.state(),
          s.duration().map(d -> d.toMillis() + " ms").orElse("-"),
          s.intent().path("action").asText(""),
          s.result().map(Object::toString).orElse("-"));
    }
    return t.render();
  }
}
