package dev.flotilla.cli.operator;

import dev.flotilla.operator.workflow.WorkflowType;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flotilla rescale JOB --parallelism N}: in place when the cluster allows, else redeploy.
 */
@Command(
    name = "rescale",
    description =
        "Change a job's parallelism: in place (adaptive scheduler) or savepoint + redeploy.")
public final class RescaleCommand extends WorkflowCommandSupport implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "JOB", description = "Job key.")
  String job;

  @Option(names = "--parallelism", required = true, description = "New parallelism (>= 1).")
  int parallelism;

  public RescaleCommand(OperatorContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    return start(WorkflowType.RESCALE, job, p -> p.withParallelism(parallelism));
  }
}
