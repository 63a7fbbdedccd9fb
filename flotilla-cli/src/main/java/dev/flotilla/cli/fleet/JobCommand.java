package dev.flotilla.cli.fleet;

import dev.flotilla.cli.support.ConfigFile;
import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.cli.support.Json;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flotilla job NAME|ID}: one job in detail, read live. */
@Command(
    name = "job",
    description = {
      "Show one job live: state, parallelism, restarts, checkpoint age, backpressure, last"
          + " exception.",
      "Matches a job name or a Flink job id on any configured cluster. Exit code 1 when not found."
    },
    mixinStandardHelpOptions = true)
public final class JobCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private ConfigFile configFile;

  @Parameters(index = "0", paramLabel = "NAME|ID", description = "Job name or Flink job id.")
  private String job;

  @Option(names = "--json", description = "Print JSON instead of text.")
  private boolean json;

  @Override
  public Integer call() {
    Optional<FlotillaConfig> config = configFile.load(spec.commandLine().getErr());
    if (config.isEmpty()) {
      return ExitCodes.USAGE;
    }
    List<JobObservation> found = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    for (ClusterSnapshot s :
        LivePoll.poll(config.get(), (j, prev, cycle) -> matches(j.name(), j.jobId()))) {
      if (!s.cluster().reachable()) {
        unreachable.add(s.cluster().cluster() + " (" + s.cluster().error().orElse("?") + ")");
      }
      s.jobs().stream().filter(j -> matches(j.name(), j.jobId())).forEach(found::add);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    unreachable.forEach(u -> err.println("flotilla: warning: cluster unreachable: " + u));
    if (found.isEmpty()) {
      err.printf("flotilla: no job named or with id '%s' on any reachable cluster%n", job);
      err.flush();
      return unreachable.isEmpty() ? ExitCodes.FAILURE : ExitCodes.UNREACHABLE;
    }
    if (json) {
      out.println(Json.write(found));
    } else {
      found.forEach(j -> out.print(JobDetailText.render(j)));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private boolean matches(String name, String id) {
    return job.equals(name) || job.equals(id);
  }
}
