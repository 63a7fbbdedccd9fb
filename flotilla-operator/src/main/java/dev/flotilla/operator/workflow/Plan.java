package dev.flotilla.operator.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workflow's steps in order, and per forward step the rollback steps to run when that step fails
 * (none: the workflow just fails, e.g. when nothing was changed yet).
 */
public record Plan(List<Step> steps, Map<String, List<Step>> rollbackOnFailureOf) {
  public Plan {
    steps = List.copyOf(steps);
    rollbackOnFailureOf = Map.copyOf(rollbackOnFailureOf);
    Set<String> names = new HashSet<>();
    for (Step s : steps) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("step name " + s.name() + " is used twice");
      }
    }
    for (List<Step> rb : rollbackOnFailureOf.values()) {
      for (Step s : rb) {
        if (names.contains(s.name())) {
          throw new IllegalArgumentException("rollback step " + s.name() + " clashes");
        }
      }
    }
  }

  public static Plan of(Step... steps) {
    return new Plan(List.of(steps), Map.of());
  }

  public List<Step> rollbackFor(String failedStep) {
    return rollbackOnFailureOf.getOrDefault(failedStep, List.of());
  }
}
