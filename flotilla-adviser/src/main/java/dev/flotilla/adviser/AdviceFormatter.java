package dev.flotilla.adviser;

import java.util.Locale;
import java.util.stream.Collectors;

/** Renders an {@link Advice} for people, quoting the evidence lines. */
public final class AdviceFormatter {

  public String format(Advice a) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "Diagnosis: %s (side %s, confidence %.2f)%n",
            a.label(),
            a.side(),
            a.confidence()));
    if (!a.actions().isEmpty()) {
      sb.append("Action:    ")
          .append(a.actions().stream().map(Enum::name).collect(Collectors.joining(", then ")))
          .append(System.lineSeparator());
    }
    sb.append("Why:       ").append(a.explanation()).append(System.lineSeparator());
    if (!a.evidence().isEmpty()) {
      sb.append("Evidence:").append(System.lineSeparator());
      a.evidence().forEach(e -> sb.append("  > ").append(e).append(System.lineSeparator()));
    }
    if (!a.rules().isEmpty()) {
      sb.append("Rules:     ").append(String.join(", ", a.rules())).append(System.lineSeparator());
    }
    a.links().forEach(l -> sb.append("See:       ").append(l).append(System.lineSeparator()));
    return sb.toString();
  }
}
