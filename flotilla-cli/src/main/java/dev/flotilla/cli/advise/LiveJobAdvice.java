package dev.flotilla.cli.advise;

import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.AdviceFormatter;
import dev.flotilla.adviser.Adviser;
import dev.flotilla.cli.fleet.LivePoll;
import dev.flotilla.cli.support.ConfigFile;
import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.ExceptionRecord;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.VertexObservation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** {@code flotilla advise --job NAME}: polls the job now and diagnoses what it shows. */
final class LiveJobAdvice {
  private LiveJobAdvice() {}

  static int run(Adviser adviser, ConfigFile configFile, String job, CommandLine cmd) {
    PrintWriter out = cmd.getOut();
    PrintWriter err = cmd.getErr();
    Optional<FlotillaConfig> config = configFile.load(err);
    if (config.isEmpty()) {
      return ExitCodes.USAGE;
    }
    List<JobObservation> found = new ArrayList<>();
    for (ClusterSnapshot s :
        LivePoll.poll(
            config.get(), (j, prev, c) -> job.equals(j.name()) || job.equals(j.jobId()))) {
      s.jobs().stream()
          .filter(j -> job.equals(j.name()) || job.equals(j.jobId()))
          .forEach(found::add);
    }
    if (found.isEmpty()) {
      err.printf("flotilla: no job named or with id '%s' on any reachable cluster%n", job);
      return ExitCodes.FAILURE;
    }
    for (JobObservation j : found) {
      out.printf("== %s on %s (%s): %s%n", j.name(), j.cluster(), j.jobId(), j.state());
      String text =
          j.exceptions().stream()
              .limit(5)
              .map(ExceptionRecord::stacktrace)
              .collect(Collectors.joining("\n"));
      Optional<String> hint = metricsHint(j);
      hint.ifPresent(h -> out.println("metrics: " + h));
      if (text.isBlank() && hint.isEmpty()) {
        out.println("no exceptions and no abnormal metrics observed: nothing to diagnose");
        continue;
      }
      Advice advice = adviser.adviseText(text, hint, Optional.empty(), Optional.of("runtime"));
      out.print(new AdviceFormatter().format(advice));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Words for what the vertex metrics show, in the form the adviser's hint parser reads. */
  static Optional<String> metricsHint(JobObservation j) {
    List<String> parts = new ArrayList<>();
    for (VertexObservation v : j.vertices()) {
      if (v.backpressureLevel().filter("high"::equalsIgnoreCase).isPresent()) {
        parts.add("backpressure high on " + v.name());
      }
      if (v.maxBusyRatio().isPresent() && v.maxBusyRatio().getAsDouble() >= 0.9) {
        parts.add(
            String.format("busy %.0f%% on %s", v.maxBusyRatio().getAsDouble() * 100, v.name()));
      }
      if (v.recordsInSkew().isPresent() && v.recordsInSkew().getAsDouble() >= 50) {
        parts.add(
            String.format(
                "record skew %.0f%% across subtasks of %s",
                v.recordsInSkew().getAsDouble(), v.name()));
      }
    }
    j.checkpoints().latestFailureMessage().ifPresent(m -> parts.add("checkpoint failing: " + m));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
  }
}
