package dev.flotilla.server.view;

import dev.flotilla.model.SliInterval;
import dev.flotilla.store.DiagnosisRow;
import dev.flotilla.store.JobRow;
import dev.flotilla.store.SliIntervalRow;
import dev.flotilla.store.WorkflowRow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Flat JSON shapes of store rows, as the API documents them. */
public final class Views {
  private Views() {}

  public static Map<String, Object> job(JobRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("jobKey", r.jobKey());
    m.put("cluster", r.cluster());
    m.put("name", r.name());
    m.put("flinkJobId", r.flinkJobId());
    m.put("tier", r.tier());
    m.put("owner", r.owner());
    m.put("managed", r.managed());
    m.put("state", r.state());
    m.put("observedAt", r.observedAt());
    m.put("lastException", r.lastException());
    m.put("checkpointAt", r.checkpointAt());
    m.put("checkpointPath", r.checkpointPath());
    m.put("restarts", r.restarts());
    m.put("parallelism", r.parallelism());
    return m;
  }

  public static Map<String, Object> interval(SliIntervalRow row, Instant now) {
    SliInterval i = row.interval();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", row.id());
    m.put("jobKey", i.jobKey());
    m.put("cluster", i.cluster());
    m.put("state", i.state());
    m.put("start", i.start());
    m.put("end", i.end());
    m.put("minutes", i.minutes(now));
    m.put("side", i.side());
    m.put("reasons", i.reasons().stream().sorted().toList());
    m.put("evidence", i.evidence());
    return m;
  }

  public static Map<String, Object> diagnosis(DiagnosisRow d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("jobKey", d.jobKey());
    m.put("at", d.at());
    m.put("label", d.label());
    m.put("side", d.side());
    m.put("confidence", d.confidence());
    m.put("actions", d.actions());
    m.put("evidence", d.evidence());
    m.put("summary", d.summary());
    m.put("incidentId", d.incidentId());
    return m;
  }

  public static Map<String, Object> workflow(WorkflowRow w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", w.id());
    m.put("type", w.type());
    m.put("jobKey", w.jobKey());
    m.put("params", w.paramsJson());
    m.put("state", w.state());
    m.put("createdBy", w.createdBy());
    m.put("reason", w.reason());
    m.put("createdAt", w.createdAt());
    m.put("updatedAt", w.updatedAt());
    return m;
  }
}
