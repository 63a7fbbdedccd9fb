package dev.flotilla.adviser.rules;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.Side;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What one rule concluded, with the quoted lines that made it fire. */
public record Finding(
    String ruleId,
    Label label,
    Side side,
    Action action,
    double confidence,
    int priority,
    String explanation,
    Optional<String> link,
    List<String> evidence) {

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(link, "link");
    evidence = List.copyOf(evidence);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
    }
  }
}
