package dev.flotilla.cli.operator;

import dev.flotilla.operator.workflow.WorkflowType;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flotilla migrate JOB --to CLUSTER}: Move a job to another cluster of the same zone (from
 * its retained checkpoint if the source is dead).
 */
@Command(
    name = "migrate",
    description =
        "Move a job to another cluster of the same zone (from its retained checkpoint if the source is dead).")
public final class MigrateCommand extends WorkflowCommandSupport implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "JOB", description = "Job key.")
  String job;

  @Option(names = "--to", required = true, paramLabel = "CLUSTER", description = "Target cluster.")
  String to;

  public MigrateCommand(OperatorContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    return start(WorkflowType.MIGRATE, job, p -> p.withTargetCluster(to));
  }
}
