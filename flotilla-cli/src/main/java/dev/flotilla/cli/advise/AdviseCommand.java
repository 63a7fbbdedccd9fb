package dev.flotilla.cli.advise;

import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.AdviceFormatter;
import dev.flotilla.adviser.Adviser;
import dev.flotilla.adviser.cases.CaseRunner;
import dev.flotilla.adviser.cases.CaseScorer;
import dev.flotilla.adviser.catalogue.PatternCatalogue;
import dev.flotilla.cli.support.ConfigFile;
import dev.flotilla.cli.support.ExitCodes;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flotilla advise}: diagnose a live job, a log file, or a file of cases. */
@Command(
    name = "advise",
    description = {
      "Diagnose a failure: label, side (USER/PLATFORM), confidence, evidence and recommended"
          + " action.",
      "  --job NAME          a job on a configured cluster, live",
      "  --log FILE          a JobManager/TaskManager log or a pasted stack trace ('-' = stdin)",
      "  --cases FILE.jsonl  one JSON line out per input line (id, label, side, action,"
          + " confidence, rules, evidence); with --score, accuracy against expected"
          + " label/side/action"
    },
    mixinStandardHelpOptions = true)
public final class AdviseCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private ConfigFile configFile;

  @ArgGroup(multiplicity = "1")
  private Source source;

  static final class Source {
    @Option(names = "--job", paramLabel = "NAME", description = "A job name or id, read live.")
    String job;

    @Option(names = "--log", paramLabel = "FILE", description = "A log or stack trace file.")
    Path log;

    @Option(names = "--cases", paramLabel = "FILE", description = "A JSONL file of cases.")
    Path cases;
  }

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "With --cases: write JSON lines here.")
  private Optional<Path> out = Optional.empty();

  @Option(
      names = "--score",
      description = "With --cases: print accuracy, confusion table, confident-wrong count.")
  private boolean score;

  @Option(
      names = "--split",
      paramLabel = "NAME",
      description = "With --score: only cases whose \"split\" is NAME (e.g. holdout).")
  private Optional<String> split = Optional.empty();

  @Option(
      names = "--patterns",
      paramLabel = "FILE",
      description = "Extra pattern catalogue (YAML) added to the built-in one.")
  private Optional<Path> patterns = Optional.empty();

  @Option(
      names = "--flink-version",
      paramLabel = "V",
      description = "With --log: the Flink version.")
  private Optional<String> flinkVersion = Optional.empty();

  @Option(
      names = "--metrics-hint",
      paramLabel = "TEXT",
      description = "With --log: what the metrics showed, in words.")
  private Optional<String> metricsHint = Optional.empty();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Adviser adviser;
    try {
      adviser = adviser();
    } catch (IllegalArgumentException e) {
      err.println("flotilla: --patterns: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try {
      if (source.cases != null) {
        return cases(adviser);
      }
      if (source.log != null) {
        return log(adviser);
      }
      return LiveJobAdvice.run(adviser, configFile, source.job, spec.commandLine());
    } catch (NoSuchFileException e) {
      err.println("flotilla: no such file: " + e.getFile());
      return ExitCodes.USAGE;
    }
  }

  private Adviser adviser() throws IOException {
    PatternCatalogue catalogue = PatternCatalogue.builtIn();
    if (patterns.isPresent()) {
      try (Reader r = Files.newBufferedReader(patterns.get(), StandardCharsets.UTF_8)) {
        catalogue = catalogue.plus(PatternCatalogue.read(r, patterns.get().toString()));
      }
    }
    return new Adviser(catalogue);
  }

  private int cases(Adviser adviser) throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (!score || out.isPresent()) {
      try (Reader in = Files.newBufferedReader(source.cases, StandardCharsets.UTF_8)) {
        if (out.isPresent()) {
          try (Writer w = Files.newBufferedWriter(out.get(), StandardCharsets.UTF_8)) {
            new CaseRunner(adviser).run(in, w);
          }
        } else {
          Writer w = new BufferedWriter(stdout);
          new CaseRunner(adviser).run(in, w);
          w.flush();
        }
      }
    }
    if (score) {
      try (Reader in = Files.newBufferedReader(source.cases, StandardCharsets.UTF_8)) {
        stdout.print(new CaseScorer(adviser).score(in, split).render());
      }
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  private int log(Adviser adviser) throws IOException {
    String text =
        source.log.toString().equals("-")
            ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
            : Files.readString(source.log, StandardCharsets.UTF_8);
    Advice advice = adviser.adviseText(text, metricsHint, flinkVersion, Optional.empty());
    spec.commandLine().getOut().print(new AdviceFormatter().format(advice));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
