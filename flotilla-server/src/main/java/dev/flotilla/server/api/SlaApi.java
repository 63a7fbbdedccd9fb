package dev.flotilla.server.api;

import dev.flotilla.server.http.ApiException;
import dev.flotilla.server.http.Params;
import dev.flotilla.sla.JobContext;
import dev.flotilla.sla.SliThresholds;
import dev.flotilla.sla.report.GroupBy;
import dev.flotilla.sla.report.ReportFormat;
import dev.flotilla.sla.report.SlaReport;
import dev.flotilla.sla.report.SloTargets;
import dev.flotilla.store.JobFilter;
import dev.flotilla.store.SliIntervalRow;
import dev.flotilla.store.Store;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** SLA reports over a window, grouped, as JSON or CSV (the same renderer as the CLI). */
public final class SlaApi {
  private final Store store;
  private final Clock clock;
  private final SloTargets slo;

  public SlaApi(Store store, Clock clock, SloTargets slo) {
    this.store = store;
    this.clock = clock;
    this.slo = slo;
  }

  public void report(Context ctx) {
    Params.Window w = Params.window(ctx, clock, Duration.ofDays(7));
    GroupBy by = Params.parsed(ctx, "by", GroupBy::parse).orElse(GroupBy.FLEET);
    String format = Params.text(ctx, "format").orElse("json");
    if (!format.equals("json") && !format.equals("csv")) {
      throw ApiException.badParameter(
          "format", "format must be json or csv but was '" + format + "'");
    }
    List<JobContext> jobs =
        store.jobs().list(JobFilter.all()).stream()
            .map(
                j ->
                    new JobContext(
                        j.jobKey(),
                        j.cluster(),
                        j.tier(),
                        j.owner(),
                        j.managed(),
                        false,
                        false,
                        SliThresholds.defaults(j.tier())))
            .toList();
    SlaReport report =
        SlaReport.build(
            store.sli().intervals(w.from(), w.to(), Optional.empty()).stream()
                .map(SliIntervalRow::interval)
                .toList(),
            jobs,
            w.from(),
            w.to(),
            clock.instant(),
            by,
            slo);
    if (format.equals("csv")) {
      ctx.contentType("text/csv; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"flotilla-sla.csv\"");
      ctx.result(ReportFormat.csv(report));
    } else {
      ctx.contentType("application/json").result(ReportFormat.json(report));
    }
  }
}
