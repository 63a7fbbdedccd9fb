package dev.flotilla.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flotilla.server.auth.Principal;
import dev.flotilla.server.http.ApiException;
import dev.flotilla.server.http.Params;
import dev.flotilla.server.view.Views;
import dev.flotilla.store.AuditEntry;
import dev.flotilla.store.Store;
import dev.flotilla.store.WorkflowRow;
import dev.flotilla.store.WorkflowState;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Workflows, their steps, and the approve/reject decisions on those awaiting approval. A decision
 * only changes the workflow's state (PENDING to run, CANCELLED when rejected) and appends an audit
 * entry naming the token; the operator does the acting.
 */
public final class WorkflowApi {
  private final Store store;
  private final Clock clock;
  private final Runnable onDecision;
  private final ObjectMapper json = new ObjectMapper();

  public WorkflowApi(Store store, Clock clock, Runnable onDecision) {
    this.store = store;
    this.clock = clock;
    this.onDecision = onDecision;
  }

  public void list(Context ctx) {
    Optional<String> job = Params.text(ctx, "job");
    Optional<WorkflowState> state = Params.parsed(ctx, "state", WorkflowApi::state);
    int limit = Params.integer(ctx, "limit", 200, 1, 5000);
    List<WorkflowRow> rows = store.workflows().list(job, state);
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = rows.size() - 1; i >= 0 && items.size() < limit; i--) {
      items.add(Views.workflow(rows.get(i)));
    }
    ctx.json(Map.of("items", items));
  }

  static WorkflowState state(String text) {
    try {
      return WorkflowState.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a workflow state: '" + text + "'");
    }
  }

  public void pending(Context ctx) {
    ctx.json(
        Map.of(
            "items",
            store
                .workflows()
                .list(Optional.empty(), Optional.of(WorkflowState.AWAITING_APPROVAL))
                .stream()
                .map(Views::workflow)
                .toList()));
  }

  public void detail(Context ctx) {
    WorkflowRow w = workflow(ctx);
    Map<String, Object> body = Views.workflow(w);
    body.put("steps", store.workflows().steps(w.id()));
    ctx.json(body);
  }

  public void approve(Context ctx) {
    decide(ctx, WorkflowState.PENDING, "workflow.approve");
  }

  public void reject(Context ctx) {
    decide(ctx, WorkflowState.CANCELLED, "workflow.reject");
  }

  private void decide(Context ctx, WorkflowState decision, String action) {
    Principal who = ctx.attribute(Principal.class.getName());
    WorkflowRow w = workflow(ctx);
    Instant now = clock.instant();
    boolean won = store.approvals().decide(w.id(), decision, now);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("workflow", w.id());
    details.put("type", w.type());
    details.put("stateBefore", w.state().name());
    Params.text(ctx, "comment").ifPresent(c -> details.put("comment", c));
    store
        .audit()
        .append(
            new AuditEntry(
                now, who.name(), action, w.jobKey(), text(details), won ? "OK" : "CONFLICT"));
    if (!won) {
      WorkflowRow current = store.workflows().get(w.id()).orElse(w);
      throw ApiException.conflict(
          "workflow " + w.id() + " is " + current.state() + ", not AWAITING_APPROVAL");
    }
    onDecision.run();
    Map<String, Object> body = Views.workflow(store.workflows().get(w.id()).orElseThrow());
    body.put("decidedBy", who.name());
    ctx.json(body);
  }

  private String text(Map<String, Object> details) {
    try {
      return json.writeValueAsString(details);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private WorkflowRow workflow(Context ctx) {
    String id = ctx.pathParam("id");
    return store
        .workflows()
        .get(id)
        .orElseThrow(() -> ApiException.notFound("no workflow '" + id + "'"));
  }
}
