package dev.flotilla.adviser;

import dev.flotilla.model.Side;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A diagnosis: label, side, recommended actions (best first), confidence and evidence. */
public record Advice(
    Label label,
    Side side,
    List<Action> actions,
    double confidence,
    List<String> rules,
    List<String> evidence,
    String explanation,
    List<String> links) {

  public Advice {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(explanation, "explanation");
    actions = List.copyOf(actions);
    rules = List.copyOf(rules);
    evidence = List.copyOf(evidence);
    links = List.copyOf(links);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
    }
    if (label == Label.UNKNOWN && !actions.isEmpty()) {
      throw new IllegalArgumentException("UNKNOWN advice recommends no action");
    }
  }

  /** The best action, empty for UNKNOWN. */
  public Optional<Action> action() {
    return actions.stream().findFirst();
  }

  static Advice unknown(String why, double confidence, List<String> rules, List<String> evidence) {
    return new Advice(
        Label.UNKNOWN, Side.UNKNOWN, List.of(), confidence, rules, evidence, why, List.of());
  }
}
