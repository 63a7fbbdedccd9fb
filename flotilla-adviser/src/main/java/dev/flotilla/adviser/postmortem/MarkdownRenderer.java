package dev.flotilla.adviser.postmortem;

import dev.flotilla.adviser.live.JobDiagnosis;
import dev.flotilla.model.JobObservation;
import java.time.Instant;
import java.util.Locale;

/** Renders a {@link PostMortemReport} as Markdown. */
final class MarkdownRenderer {
  String render(PostMortemReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# Post-mortem: ").append(r.jobKey()).append("\n\n## Summary\n\n");
    md.append("- Failure: ")
        .append(
            r.failureAt()
                .map(t -> "went failing/restarting at " + t)
                .orElse("no failing state observed"))
        .append('\n');
    r.finalDiagnosis()
        .ifPresentOrElse(
            d ->
                md.append("- Diagnosis: **")
                    .append(d.label())
                    .append("** (")
                    .append(d.side())
                    .append(", confidence ")
                    .append(String.format(Locale.ROOT, "%.2f", d.confidence()))
                    .append(")")
                    .append(d.incidentId().map(i -> ", platform incident `" + i + "`").orElse(""))
                    .append("\n- Recommended: ")
                    .append(d.actions().isEmpty() ? "no action" : d.actions().toString())
                    .append('\n'),
            () -> md.append("- Diagnosis: none (no runtime diagnosis was made)\n"));
    long minutes =
        r.intervals().stream().mapToLong(i -> i.minutes(i.end().orElse(lastTime(r)))).sum();
    md.append("- SLA: ")
        .append(r.intervals().size())
        .append(" exception interval(s), ")
        .append(minutes)
        .append(" non-normal minute(s)\n");
    r.finalDiagnosis().ifPresent(d -> diagnosis(md, d));
    md.append("\n## Timeline\n\n| Time | Kind | What |\n|---|---|---|\n");
    r.timeline()
        .forEach(
            e ->
                md.append("| ")
                    .append(e.at())
                    .append(" | ")
                    .append(e.kind())
                    .append(" | ")
                    .append(cell(e.text()))
                    .append(" |\n"));
    md.append("\n## Metrics around the failure\n\n")
        .append(
            "| Time | State | Restarts | Checkpoints completed/failed | Last checkpoint | Lag |\n")
        .append("|---|---|---|---|---|---|\n");
    for (JobObservation o : r.around()) {
      md.append("| ")
          .append(o.observedAt())
          .append(" | ")
          .append(o.state())
          .append(" | ")
          .append(
              o.metrics().numRestarts().stream().mapToObj(String::valueOf).findFirst().orElse("–"))
          .append(" | ")
          .append(
              o.checkpoints().completed().stream()
                  .mapToObj(String::valueOf)
                  .findFirst()
                  .orElse("–"))
          .append('/')
          .append(
              o.checkpoints().failed().stream().mapToObj(String::valueOf).findFirst().orElse("–"))
          .append(" | ")
          .append(
              o.checkpoints().latestCompletedDurationMs().stream()
                  .mapToObj(ms -> ms + " ms")
                  .findFirst()
                  .orElse("–"))
          .append(" | ")
          .append(
              o.metrics().consumerLag().stream()
                  .mapToObj(l -> String.valueOf(Math.round(l)))
                  .findFirst()
                  .orElse("–"))
          .append(" |\n");
    }
    md.append("\n## What was done\n\n");
    if (r.actions().isEmpty()) {
      md.append("Nothing recorded.\n");
    }
    r.actions()
        .forEach(
            a ->
                md.append("- ")
                    .append(a.at())
                    .append(": ")
                    .append(a.action())
                    .append(" — ")
                    .append(a.outcome())
                    .append('\n'));
    return md.toString();
  }

  private static void diagnosis(StringBuilder md, JobDiagnosis d) {
    md.append("\n## Diagnosis\n\n").append(d.explanation()).append("\n\nEvidence:\n\n");
    d.evidence().forEach(e -> md.append("> ").append(e.replace("\n", " ")).append("\n>\n"));
    md.append("\nRules: ").append(String.join(", ", d.rules())).append('\n');
  }

  private static Instant lastTime(PostMortemReport r) {
    return r.timeline().isEmpty() ? Instant.EPOCH : r.timeline().get(r.timeline().size() - 1).at();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
