package dev.flotilla.cli.operator;

import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.operator.workflow.WorkflowType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code flotilla config-set JOB KEY=VALUE...}: savepoint, redeploy with the new keys. */
@Command(
    name = "config-set",
    description = "Set Flink configuration keys of a job: savepoint, then redeploy with them.")
public final class ConfigSetCommand extends WorkflowCommandSupport implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "JOB", description = "Job key.")
  String job;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY=VALUE", description = "Flink keys.")
  List<String> pairs;

  public ConfigSetCommand(OperatorContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq < 1) {
        spec.commandLine().getErr().println("error: '" + pair + "' is not KEY=VALUE");
        return ExitCodes.USAGE;
      }
      keys.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    return start(WorkflowType.CONFIG_UPDATE, job, p -> p.withConfig(keys));
  }
}
