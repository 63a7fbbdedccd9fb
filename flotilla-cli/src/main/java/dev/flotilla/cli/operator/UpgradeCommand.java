package dev.flotilla.cli.operator;

import dev.flotilla.operator.workflow.WorkflowType;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flotilla upgrade JOB --to CLUSTER}: Move a job to a cluster of a newer Flink version; roll
 * back if it does not come up.
 */
@Command(
    name = "upgrade",
    description =
        "Move a job to a cluster of a newer Flink version; roll back if it does not come up.")
public final class UpgradeCommand extends WorkflowCommandSupport implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "JOB", description = "Job key.")
  String job;

  @Option(names = "--to", required = true, paramLabel = "CLUSTER", description = "Target cluster.")
  String to;

  @Option(names = "--jar", description = "Job jar built for the new Flink version.")
  String jar;

  public UpgradeCommand(OperatorContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    return start(
        WorkflowType.UPGRADE,
        job,
        p -> jar == null ? p.withTargetCluster(to) : p.withTargetCluster(to).withTargetJar(jar));
  }
}
