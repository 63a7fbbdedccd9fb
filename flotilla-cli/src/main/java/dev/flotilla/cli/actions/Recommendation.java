package dev.flotilla.cli.actions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.cli.support.Json;
import dev.flotilla.store.AuditEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A recommendation for a human, read back from the policy's {@code healing.recommend} audit. */
public record Recommendation(
    Instant at, String jobKey, String label, List<String> actions, String reason) {

  public static final String AUDIT_ACTION = "healing.recommend";

  /** The newest recommendation per job and label among {@code entries}, oldest first. */
  static List<Recommendation> newestPerJobAndLabel(List<AuditEntry> entries) {
    Map<String, Recommendation> newest = new LinkedHashMap<>();
    for (AuditEntry e : entries) {
      if (!AUDIT_ACTION.equals(e.action())) {
        continue;
      }
      Recommendation r = of(e);
      newest.remove(r.jobKey() + "\u0000" + r.label());
      newest.put(r.jobKey() + "\u0000" + r.label(), r);
    }
    return new ArrayList<>(newest.values());
  }

  private static Recommendation of(AuditEntry e) {
    JsonNode d;
    try {
      d = Json.mapper().readTree(e.detailsJson());
    } catch (java.io.IOException ex) {
      throw new IllegalStateException("audit entry of " + e.target() + " is not JSON", ex);
    }
    List<String> actions = new ArrayList<>();
    d.path("actions").forEach(a -> actions.add(a.asText()));
    return new Recommendation(
        e.at(), e.target(), d.path("label").asText("?"), actions, d.path("reason").asText(""));
  }
}
