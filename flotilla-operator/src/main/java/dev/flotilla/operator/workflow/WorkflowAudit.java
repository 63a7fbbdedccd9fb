package dev.flotilla.operator.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.store.AuditEntry;
import dev.flotilla.store.AuditLog;
import java.time.Clock;

/** Writes every workflow start, step, decision and outcome to the audit log. */
final class WorkflowAudit {
  private final AuditLog log;
  private final Clock clock;

  WorkflowAudit(AuditLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  void started(String id, WorkflowRequest r, WorkflowParams resolved) {
    ObjectNode d = base(id, r.type());
    d.put("reason", r.reason());
    d.put("dryRun", r.dryRun());
    d.set("params", Jsons.MAPPER.valueToTree(resolved));
    log.append(
        new AuditEntry(
            clock.instant(), r.actor(), "workflow.start", r.jobKey(), d.toString(), "OK"));
  }

  void step(
      String id,
      WorkflowType type,
      String actor,
      String jobKey,
      int index,
      String name,
      String phase,
      JsonNode evidence,
      String outcome) {
    ObjectNode d = base(id, type);
    d.put("step", index);
    d.put("name", name);
    d.put("phase", phase);
    d.set("evidence", evidence);
    log.append(
        new AuditEntry(clock.instant(), actor, "workflow.step", jobKey, d.toString(), outcome));
  }

  void decision(
      String id, WorkflowType type, String actor, String jobKey, String decision, String why) {
    ObjectNode d = base(id, type);
    d.put("decision", decision);
    d.put("why", why);
    log.append(
        new AuditEntry(clock.instant(), actor, "workflow.decision", jobKey, d.toString(), "OK"));
  }

  void finished(String id, WorkflowType type, String actor, String jobKey, String state) {
    log.append(
        new AuditEntry(
            clock.instant(), actor, "workflow.end", jobKey, base(id, type).toString(), state));
  }

  private static ObjectNode base(String id, WorkflowType type) {
    ObjectNode d = Jsons.object();
    d.put("workflow", id);
    d.put("type", type.name());
    return d;
  }
}
