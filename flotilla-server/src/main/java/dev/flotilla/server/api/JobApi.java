package dev.flotilla.server.api;

import dev.flotilla.model.JobState;
import dev.flotilla.model.Tier;
import dev.flotilla.server.http.ApiException;
import dev.flotilla.server.http.Params;
import dev.flotilla.server.view.FleetSnapshot;
import dev.flotilla.server.view.JobHealth;
import dev.flotilla.server.view.Views;
import dev.flotilla.store.JobFilter;
import dev.flotilla.store.JobRow;
import dev.flotilla.store.Store;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Jobs: the filtered, paged list; one job's detail; its SLI timeline and diagnoses. */
public final class JobApi {
  private final Store store;
  private final Clock clock;

  public JobApi(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public void list(Context ctx) {
    JobFilter filter = JobFilter.all();
    filter = Params.text(ctx, "cluster").map(filter::cluster).orElse(filter);
    filter = Params.parsed(ctx, "state", JobApi::strictState).map(filter::state).orElse(filter);
    filter = Params.parsed(ctx, "tier", Tier::parse).map(filter::tier).orElse(filter);
    filter = Params.text(ctx, "owner").map(filter::owner).orElse(filter);
    int minHealth = Params.integer(ctx, "minHealth", 0, 0, 100);
    int maxHealth = Params.integer(ctx, "maxHealth", 100, 0, 100);
    if (minHealth > maxHealth) {
      throw ApiException.badParameter("minHealth", "minHealth must not exceed maxHealth");
    }
    int limit = Params.integer(ctx, "limit", 100, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    Instant now = clock.instant();
    FleetSnapshot snap = FleetSnapshot.read(store, now);
    List<JobRow> rows = store.jobs().list(filter);
    List<Map<String, Object>> page = new ArrayList<>(Math.min(limit, rows.size()));
    int matched = 0;
    for (JobRow row : rows) {
      int h = snap.health(row.jobKey());
      if (h < minHealth || h > maxHealth) {
        continue;
      }
      if (matched >= offset && page.size() < limit) {
        page.add(snap.summary(row));
      }
      matched++;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", matched);
    body.put("limit", limit);
    body.put("offset", offset);
    body.put("items", page);
    ctx.json(body);
  }

  static JobState strictState(String text) {
    try {
      return JobState.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a Flink job state: '" + text + "'");
    }
  }

  public void detail(Context ctx) {
    JobRow row = job(ctx);
    Instant now = clock.instant();
    FleetSnapshot snap = FleetSnapshot.read(store, now);
    Map<String, Object> body = snap.summary(row);
    body.put(
        "openIntervals",
        store.sli().openIntervals().stream()
            .filter(r -> r.interval().jobKey().equals(row.jobKey()))
            .map(r -> Views.interval(r, now))
            .toList());
    body.put("latestDiagnosis", store.diagnoses().latest(row.jobKey()).map(Views::diagnosis));
    List<Map<String, Object>> workflows =
        new ArrayList<>(
            store.workflows().list(Optional.of(row.jobKey()), Optional.empty()).stream()
                .map(Views::workflow)
                .toList());
    java.util.Collections.reverse(workflows);
    body.put("workflows", workflows.subList(0, Math.min(10, workflows.size())));
    body.put(
        "healthHistory",
        store.health().history(row.jobKey(), now.minus(Duration.ofHours(24)), now.plusSeconds(1)));
    body.put("sliStateNow", JobHealth.current(snap.open(row.jobKey())));
    ctx.json(body);
  }

  public void sli(Context ctx) {
    JobRow row = job(ctx);
    Params.Window w = Params.window(ctx, clock, Duration.ofHours(6));
    Instant now = clock.instant();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("jobKey", row.jobKey());
    body.put("from", w.from());
    body.put("to", w.to());
    body.put(
        "intervals",
        store.sli().intervals(w.from(), w.to(), Optional.of(row.jobKey())).stream()
            .map(r -> Views.interval(r, now))
            .toList());
    ctx.json(body);
  }

  public void diagnoses(Context ctx) {
    JobRow row = job(ctx);
    Params.Window w = Params.window(ctx, clock, Duration.ofDays(7));
    ctx.json(
        Map.of(
            "jobKey",
            row.jobKey(),
            "items",
            store.diagnoses().list(row.jobKey(), w.from(), w.to()).stream()
                .map(Views::diagnosis)
                .toList()));
  }

  private JobRow job(Context ctx) {
    String key = ctx.pathParam("jobKey");
    return store.jobs().get(key).orElseThrow(() -> ApiException.notFound("no job '" + key + "'"));
  }
}
