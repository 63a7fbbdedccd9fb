package dev.flotilla.server.api;

import dev.flotilla.model.Side;
import dev.flotilla.server.http.ApiException;
import dev.flotilla.server.http.Params;
import dev.flotilla.server.view.Incidents;
import dev.flotilla.server.view.Views;
import dev.flotilla.store.DiagnosisRow;
import dev.flotilla.store.Store;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Latest diagnosis per job, and platform incidents (diagnoses sharing an incident id). */
public final class DiagnosisApi {
  private final Store store;

  public DiagnosisApi(Store store) {
    this.store = store;
  }

  public void latest(Context ctx) {
    Optional<String> label = Params.text(ctx, "label");
    Optional<Side> side = Params.parsed(ctx, "side", DiagnosisApi::side);
    List<Map<String, Object>> items =
        store.diagnoses().latestPerJob().stream()
            .filter(d -> label.map(l -> l.equalsIgnoreCase(d.label())).orElse(true))
            .filter(d -> side.map(s -> s == d.side()).orElse(true))
            .map(Views::diagnosis)
            .toList();
    ctx.json(Map.of("items", items));
  }

  static Side side(String text) {
    try {
      return Side.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("side must be user, platform or unknown");
    }
  }

  public void incidents(Context ctx) {
    ctx.json(Map.of("items", Incidents.open(store.diagnoses().latestPerJob())));
  }

  public void incident(Context ctx) {
    String id = ctx.pathParam("id");
    List<DiagnosisRow> ds =
        store.diagnoses().latestPerJob().stream()
            .filter(d -> d.incidentId().equals(Optional.of(id)))
            .toList();
    if (ds.isEmpty()) {
      throw ApiException.notFound("no open incident '" + id + "'");
    }
    Map<String, Object> body = new java.util.LinkedHashMap<>(Incidents.open(ds).get(0));
    body.put("diagnoses", ds.stream().map(Views::diagnosis).toList());
    ctx.json(body);
  }
}
