package dev.flotilla.cli.actions;

import dev.flotilla.cli.support.Table;
import dev.flotilla.store.ActionMemoryRow;
import dev.flotilla.store.WorkflowRow;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Text output of {@code flotilla actions}. */
final class Tables {
  private Tables() {}

  static Map<String, Object> workflow(WorkflowRow w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", w.id());
    m.put("type", w.type());
    m.put("jobKey", w.jobKey());
    m.put("state", w.state().name());
    m.put("createdBy", w.createdBy());
    m.put("createdAt", w.createdAt().toString());
    m.put("reason", w.reason());
    return m;
  }

  static void pending(List<WorkflowRow> waiting, List<Recommendation> recs, PrintWriter out) {
    out.println("Awaiting approval (flotilla approve ID | flotilla reject ID):");
    if (waiting.isEmpty()) {
      out.println("  none");
    } else {
      Table t = new Table("ID", "TYPE", "JOB", "CREATED", "REASON");
      waiting.forEach(w -> t.row(w.id(), w.type(), w.jobKey(), w.createdAt(), w.reason()));
      out.print(t.render());
    }
    out.println();
    out.println("Recommendations for a human:");
    if (recs.isEmpty()) {
      out.println("  none");
    } else {
      Table t = new Table("AT", "JOB", "DIAGNOSIS", "ACTIONS", "REASON");
      recs.forEach(
          r -> t.row(r.at(), r.jobKey(), r.label(), String.join(",", r.actions()), r.reason()));
      out.print(t.render());
    }
  }

  static void memory(List<ActionMemoryRow> rows, PrintWriter out) {
    if (rows.isEmpty()) {
      out.println("no failed actions remembered");
      return;
    }
    Table t = new Table("JOB", "DIAGNOSIS", "ACTION", "AT", "WORKFLOW", "WHY");
    rows.forEach(r -> t.row(r.jobKey(), r.label(), r.action(), r.at(), r.workflowId(), r.detail()));
    out.print(t.render());
    out.println("(forget with: flotilla actions --reset JOB [--label DIAGNOSIS])");
  }
}
