package dev.flotilla.adviser;

import dev.flotilla.adviser.chain.ExceptionChain;
import dev.flotilla.adviser.metrics.Symptom;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Everything the rules may look at: the raw text, its parsed chains and metric symptoms. */
public record AdviceInput(
    String logText,
    List<String> lines,
    List<ExceptionChain> chains,
    Optional<String> metricsHint,
    Set<Symptom> symptoms,
    Optional<FlinkVersion> flinkVersion,
    Optional<Phase> phase) {

  public AdviceInput {
    Objects.requireNonNull(logText, "logText");
    lines = List.copyOf(lines);
    chains = List.copyOf(chains);
    symptoms = Set.copyOf(symptoms);
    Objects.requireNonNull(metricsHint, "metricsHint");
    Objects.requireNonNull(flinkVersion, "flinkVersion");
    Objects.requireNonNull(phase, "phase");
  }

  /** True when some link of some chain (suppressed ones included) has this class name. */
  public boolean hasException(String name) {
    return chains.stream().anyMatch(c -> c.contains(name));
  }

  public boolean hasSymptom(Symptom s) {
    return symptoms.contains(s);
  }
}
