package dev.flotilla.adviser;

import dev.flotilla.adviser.catalogue.PatternCatalogue;
import dev.flotilla.adviser.chain.ChainParser;
import dev.flotilla.adviser.metrics.MetricsHintParser;
import dev.flotilla.adviser.rules.CatalogueRule;
import dev.flotilla.adviser.rules.CitedIssueRule;
import dev.flotilla.adviser.rules.FaultLocator;
import dev.flotilla.adviser.rules.Finding;
import dev.flotilla.adviser.rules.GcLogRule;
import dev.flotilla.adviser.rules.GcPauseHeartbeatRule;
import dev.flotilla.adviser.rules.InternalFaultRule;
import dev.flotilla.adviser.rules.InvariantViolationRule;
import dev.flotilla.adviser.rules.MetricsHintRule;
import dev.flotilla.adviser.rules.Rule;
import dev.flotilla.adviser.rules.UserCodeFallbackRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The job adviser: log excerpt (+ optional metrics hint, Flink version, phase) in, {@link Advice}
 * out. Pure: no I/O, no clock, thread-safe.
 */
public final class Adviser {
  private final List<Rule> rules;
  private final CitedIssueRule citedIssue = new CitedIssueRule();
  private final ChainParser parser = new ChainParser();
  private final MetricsHintParser hints = new MetricsHintParser();

  public Adviser(PatternCatalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    FaultLocator locator = new FaultLocator(catalogue.libraryPackages());
    this.rules =
        List.of(
            new CatalogueRule(catalogue.patterns(), locator, false),
            new CatalogueRule(catalogue.knownBugs(), locator, true),
            new MetricsHintRule(),
            new GcPauseHeartbeatRule(),
            new GcLogRule(),
            new InternalFaultRule(locator),
            new InvariantViolationRule(locator),
            citedIssue,
            new UserCodeFallbackRule(locator));
  }

  /** An adviser over the built-in catalogue. */
  public static Adviser builtIn() {
    return new Adviser(PatternCatalogue.builtIn());
  }

  /**
   * Diagnoses a log excerpt. Unparseable version or phase text is treated as unknown.
   *
   * @param logText exception text or log excerpt, may be empty when a metrics hint is given
   */
  public Advice adviseText(
      String logText,
      Optional<String> metricsHint,
      Optional<String> flinkVersion,
      Optional<String> phase) {
    Objects.requireNonNull(logText, "logText");
    String text = logText;
    List<String> lines =
        Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    AdviceInput input =
        new AdviceInput(
            text,
            lines,
            parser.parse(text),
            metricsHint.filter(h -> !h.isBlank()),
            hints.parse(metricsHint.orElse("")),
            flinkVersion.flatMap(FlinkVersion::parse),
            phase.flatMap(Phase::parse));
    return advise(input);
  }

  /** Diagnoses a prepared input. */
  public Advice advise(AdviceInput input) {
    List<Finding> findings = new ArrayList<>();
    for (Rule r : rules) {
      findings.addAll(r.evaluate(input));
    }
    return citedIssue.refine(input, new Diagnoser().decide(findings));
  }
}
