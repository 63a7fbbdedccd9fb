package dev.flotilla.adviser;

import dev.flotilla.adviser.rules.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks one diagnosis from competing findings: highest priority, then highest confidence. A close
 * competitor with another label lowers the confidence, and a weak winner becomes UNKNOWN — a wrong
 * confident answer is worse than "don't know".
 */
final class Diagnoser {
  static final double MIN_CONFIDENCE = 0.3;
  static final double CONFLICT_PENALTY = 0.15;
  static final int CONFLICT_WINDOW = 10;

  Advice decide(List<Finding> findings) {
    if (findings.isEmpty()) {
      return Advice.unknown("No rule matched the evidence.", 0.1, List.of(), List.of());
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(
        Comparator.comparingInt(Finding::priority)
            .thenComparingDouble(Finding::confidence)
            .reversed());
    Finding top = sorted.get(0);
    boolean contested =
        sorted.stream()
            .anyMatch(
                f -> f.label() != top.label() && f.priority() >= top.priority() - CONFLICT_WINDOW);
    double confidence = Math.max(0, top.confidence() - (contested ? CONFLICT_PENALTY : 0));
    Set<String> rules = new LinkedHashSet<>();
    Set<Action> actions = new LinkedHashSet<>();
    Set<String> evidence = new LinkedHashSet<>();
    Set<String> links = new LinkedHashSet<>();
    for (Finding f : sorted) {
      if (f.label() == top.label()) {
        rules.add(f.ruleId());
        actions.add(f.action());
        evidence.addAll(f.evidence());
        f.link().ifPresent(links::add);
      }
    }
    List<String> quoted = evidence.stream().limit(5).toList();
    if (confidence < MIN_CONFIDENCE) {
      return Advice.unknown(
          "Evidence too weak: best guess " + top.label() + " (" + top.ruleId() + ").",
          round(confidence),
          List.copyOf(rules),
          quoted);
    }
    return new Advice(
        top.label(),
        top.side(),
        List.copyOf(actions),
        round(confidence),
        List.copyOf(rules),
        quoted,
        top.explanation(),
        List.copyOf(links));
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
