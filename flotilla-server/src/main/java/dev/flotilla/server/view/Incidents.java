package dev.flotilla.server.view;

import dev.flotilla.store.DiagnosisRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Platform incidents as the API shows them: the latest diagnoses that share an incident id, with
 * the jobs they affect. An incident is open while at least one job's latest diagnosis names it.
 */
public final class Incidents {
  private Incidents() {}

  public static List<Map<String, Object>> open(List<DiagnosisRow> latestPerJob) {
    Map<String, List<DiagnosisRow>> byId = new TreeMap<>();
    for (DiagnosisRow d : latestPerJob) {
      d.incidentId().ifPresent(id -> byId.computeIfAbsent(id, k -> new ArrayList<>()).add(d));
    }
    List<Map<String, Object>> out = new ArrayList<>();
    byId.forEach((id, ds) -> out.add(incident(id, ds)));
    return out;
  }

  static Map<String, Object> incident(String id, List<DiagnosisRow> ds) {
    Instant first = ds.stream().map(DiagnosisRow::at).min(Instant::compareTo).orElseThrow();
    Instant last = ds.stream().map(DiagnosisRow::at).max(Instant::compareTo).orElseThrow();
    DiagnosisRow newest = ds.stream().filter(d -> d.at().equals(last)).findFirst().orElseThrow();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("label", newest.label());
    m.put("side", newest.side());
    m.put("summary", newest.summary());
    m.put("firstAt", first);
    m.put("lastAt", last);
    m.put("jobCount", ds.size());
    m.put("jobs", ds.stream().map(DiagnosisRow::jobKey).sorted().toList());
    return m;
  }
}
