package dev.flotilla.cli.demo;

import dev.flotilla.adviser.live.JobDiagnosis;
import dev.flotilla.app.loop.CycleReport;
import dev.flotilla.cli.support.Table;
import dev.flotilla.model.Tier;
import dev.flotilla.sla.SliMinute;
import java.io.PrintWriter;

/** The demo's live view: one table per cycle with each job's Flink state and SLI. */
final class LiveView {
  private final PrintWriter out;

  LiveView(PrintWriter out) {
    this.out = out;
  }

  void show(CycleReport r) {
    Table t =
        new Table("JOB", "CLUSTER", "TIER", "FLINK", "SLI (last minute)", "HEALTH", "DIAGNOSIS");
    for (CycleReport.JobStatus j : r.jobs()) {
      t.row(
          j.jobKey(),
          j.cluster(),
          j.tier().map(Tier::name).orElse("-"),
          j.flinkState(),
          j.lastMinute().map(m -> m.state().name()).orElse("(first minute)"),
          j.health().map(h -> String.valueOf(h.score())).orElse("-"),
          j.diagnosis()
              .map(LiveView::diagnosis)
              .orElse(j.lastMinute().map(LiveView::why).orElse("")));
    }
    long unreachable = r.snapshots().stream().filter(s -> !s.cluster().reachable()).count();
    out.printf(
        "%n── %s  %d clusters%s, %d jobs, cycle %d ms ──%n%s",
        r.startedAt().toString().substring(11, 19),
        r.snapshots().size(),
        unreachable > 0 ? " (" + unreachable + " unreachable)" : "",
        r.jobCount(),
        r.took().toMillis(),
        t.render());
    out.flush();
  }

  private static String diagnosis(JobDiagnosis d) {
    String text =
        d.label()
            + " ("
            + d.side()
            + ", "
            + Math.round(d.confidence() * 100)
            + "%)"
            + d.actions().stream().findFirst().map(a -> " → " + a).orElse("")
            + d.incidentId().map(i -> " [incident " + i + "]").orElse("")
            + d.evidence().stream().findFirst().map(e -> " — " + e).orElse("");
    return text.length() > 110 ? text.substring(0, 107) + "..." : text;
  }

  private static String why(SliMinute m) {
    if (m.reasons().isEmpty()) {
      return "";
    }
    String first = m.evidence().isEmpty() ? "" : " — " + m.evidence().get(0);
    String text = String.join(",", m.reasons()) + first;
    return text.length() > 90 ? text.substring(0, 87) + "..." : text;
  }
}
