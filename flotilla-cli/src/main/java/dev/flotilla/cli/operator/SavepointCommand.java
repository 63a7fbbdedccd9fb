package dev.flotilla.cli.operator;

import dev.flotilla.operator.workflow.WorkflowType;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code flotilla savepoint JOB}: Take a savepoint of a job; it keeps running. */
@Command(name = "savepoint", description = "Take a savepoint of a job; it keeps running.")
public final class SavepointCommand extends WorkflowCommandSupport implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "JOB", description = "Job key.")
  String job;

  public SavepointCommand(OperatorContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    return start(WorkflowType.SAVEPOINT, job, p -> p);
  }
}
