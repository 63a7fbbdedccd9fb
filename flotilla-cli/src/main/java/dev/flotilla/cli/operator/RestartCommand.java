package dev.flotilla.cli.operator;

import dev.flotilla.operator.workflow.WorkflowType;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code flotilla restart JOB}: Restart a job from its newest retained checkpoint (cancel first if
 * running).
 */
@Command(
    name = "restart",
    description = "Restart a job from its newest retained checkpoint (cancel first if running).")
public final class RestartCommand extends WorkflowCommandSupport implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "JOB", description = "Job key.")
  String job;

  public RestartCommand(OperatorContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    return start(WorkflowType.RESTART_FROM_CHECKPOINT, job, p -> p);
  }
}
