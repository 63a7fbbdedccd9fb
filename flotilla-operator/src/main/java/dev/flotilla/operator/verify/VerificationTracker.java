package dev.flotilla.operator.verify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.model.SliState;
import dev.flotilla.operator.workflow.Jsons;
import dev.flotilla.operator.workflow.WorkflowType;
import dev.flotilla.store.ActionMemoryRow;
import dev.flotilla.store.ActionMemoryStore;
import dev.flotilla.store.AuditEntry;
import dev.flotilla.store.AuditLog;
import dev.flotilla.store.WorkflowRow;
import dev.flotilla.store.WorkflowState;
import dev.flotilla.store.WorkflowStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Follows self-healing workflows to their end, then watches their job for the verification window
 * ({@link FixVerifier}). A fix that does not verify — or a workflow that ended FAILED or
 * ROLLED_BACK — is remembered in the {@link ActionMemoryStore} (so the policy does not retry it for
 * the same diagnosis), and its undo is requested from the {@link RollbackPort}. Every outcome is
 * audited. Call {@link #cycle} once per control-loop cycle. Followed workflows are held in memory;
 * after a restart {@link #resume} follows again, from the audit log, every healing workflow that
 * has no verdict yet (a watch whose window passed while Flotilla was down starts a new window).
 */
public final class VerificationTracker {
  public static final String ACTOR = "flotilla";

  /**
   * Diagnoses of the cluster, not the job: a migration away from one is an evacuation, and moving
   * the job back to the cluster it fled would strand it again, so it is remembered, not undone.
   */
  private static final Set<String> CLUSTER_FAULTS =
      Set.of("TASKMANAGER_LOST_OR_NETWORK", "INSUFFICIENT_RESOURCES", "HA_OR_STORAGE");

  private record Followed(
      String workflowId,
      String jobKey,
      String label,
      WorkflowType action,
      Optional<Watch> watch,
      Instant notBefore) {}

  private final FixVerifier verifier;
  private final WorkflowStore workflows;
  private final ActionMemoryStore memory;
  private final AuditLog audit;
  private final RollbackPort rollback;
  private final Clock clock;
  private final Map<String, Followed> followed = new LinkedHashMap<>();
  private final Map<String, TreeMap<Instant, SliState>> minutes = new LinkedHashMap<>();

  public VerificationTracker(
      FixVerifier verifier,
      WorkflowStore workflows,
      ActionMemoryStore memory,
      AuditLog audit,
      RollbackPort rollback,
      Clock clock) {
    this.verifier = verifier;
    this.workflows = workflows;
    this.memory = memory;
    this.audit = audit;
    this.rollback = rollback;
    this.clock = clock;
  }

  /** Starts following a workflow the policy started (or parked for approval). */
  public synchronized void follow(
      String workflowId, String jobKey, String label, WorkflowType action) {
    followed.put(
        workflowId, new Followed(workflowId, jobKey, label, action, Optional.empty(), Instant.MIN));
  }

  /**
   * After a restart: follows again every workflow the healing policy started or parked in the last
   * {@code lookback} (audit actions {@code healing.start}/{@code healing.await-approval}) that has
   * no {@code healing.verify} verdict yet. Their watch windows start no earlier than now, since the
   * minutes while Flotilla was down were not seen. Returns how many it follows again.
   */
  public synchronized int resume(java.time.Duration lookback) {
    Instant now = clock.instant();
    List<AuditEntry> entries =
        audit.query(now.minus(lookback), now.plusSeconds(1), Optional.empty(), 100_000);
    Set<String> judged = new java.util.HashSet<>();
    for (AuditEntry a : entries) {
      if (a.action().equals("healing.verify")) {
        Jsons.tree(a.detailsJson()).map(n -> n.path("workflow").asText("")).ifPresent(judged::add);
      }
    }
    int resumed = 0;
    for (AuditEntry a : entries) {
      if (!(a.action().equals("healing.start") || a.action().equals("healing.await-approval"))
          || !a.outcome().equals("OK")) {
        continue;
      }
      Optional<com.fasterxml.jackson.databind.JsonNode> d = Jsons.tree(a.detailsJson());
      String id = d.map(n -> n.path("workflowId").asText("")).orElse("");
      String label = d.map(n -> n.path("label").asText("")).orElse("");
      String type = d.map(n -> n.path("workflow").asText("")).orElse("");
      if (id.isEmpty() || label.isEmpty() || type.isEmpty() || judged.contains(id)) {
        continue;
      }
      if (followed.containsKey(id)) {
        continue;
      }
      WorkflowType action;
      try {
        action = WorkflowType.parse(type);
      } catch (IllegalArgumentException e) {
        continue; // not a workflow this version knows
      }
      followed.put(id, new Followed(id, a.target(), label, action, Optional.empty(), now));
      resumed++;
    }
    return resumed;
  }

  public synchronized int following() {
    return followed.size();
  }

  /**
   * One cycle: samples each watched job's SLI (the worst state seen for a minute counts for it),
   * and ends the watches whose window has passed. Only minutes that begin after the workflow ended
   * count: the minute of the fix itself holds the downtime of the move.
   *
   * @param sliNow each job's latest SLI state and the minute it belongs to
   * @param labelsNow each job's current diagnosis labels (all of them, not only new ones)
   */
  public synchronized List<VerificationResult> cycle(
      Map<String, SliMinute> sliNow, Map<String, Set<String>> labelsNow) {
    Instant now = clock.instant();
    List<VerificationResult> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, Followed>> it = followed.entrySet().iterator();
        it.hasNext(); ) {
      Map.Entry<String, Followed> e = it.next();
      Followed f = e.getValue();
      if (f.watch().isEmpty()) {
        Optional<WorkflowRow> row = workflows.get(f.workflowId());
        WorkflowState state = row.map(WorkflowRow::state).orElse(WorkflowState.CANCELLED);
        if (state.isActive()) {
          continue;
        }
        if (state == WorkflowState.CANCELLED) {
          it.remove(); // rejected, or a dry run: nothing was changed
          continue;
        }
        if (state != WorkflowState.SUCCEEDED) {
          it.remove();
          out.add(fail(f, "workflow ended " + state, false));
          continue;
        }
        Instant ended = row.get().updatedAt();
        f =
            new Followed(
                f.workflowId(),
                f.jobKey(),
                f.label(),
                f.action(),
                Optional.of(
                    new Watch(
                        f.workflowId(),
                        f.jobKey(),
                        f.label(),
                        f.action(),
                        ended.isBefore(f.notBefore()) ? f.notBefore() : ended)),
                f.notBefore());
        e.setValue(f);
      }
      Watch w = f.watch().get();
      TreeMap<Instant, SliState> series = minutes.computeIfAbsent(w.jobKey(), k -> new TreeMap<>());
      SliMinute sample =
          sliNow.getOrDefault(
              w.jobKey(), new SliMinute(now.truncatedTo(ChronoUnit.MINUTES), SliState.UNKNOWN));
      Instant firstMinute = w.completedAt().truncatedTo(ChronoUnit.MINUTES).plusSeconds(60);
      if (!sample.minute().isBefore(firstMinute)
          && sample.minute().isBefore(verifier.windowEnd(w))) {
        series.merge(
            sample.minute(), sample.state(), (a, b) -> a == SliState.RUNNING_NORMAL ? b : a);
      }
      List<SliMinute> history =
          series.entrySet().stream().map(m -> new SliMinute(m.getKey(), m.getValue())).toList();
      Verdict v = verifier.judge(w, history, labelsNow.getOrDefault(w.jobKey(), Set.of()), now);
      if (!v.done()) {
        continue;
      }
      it.remove();
      minutes.remove(w.jobKey());
      if (v.outcome() == Verdict.Outcome.SUCCEEDED) {
        record(f, v, Optional.empty());
        out.add(new VerificationResult(f.workflowId(), f.jobKey(), f.label(), v, Optional.empty()));
      } else {
        out.add(fail(f, v.why(), true));
      }
    }
    return out;
  }

  private VerificationResult fail(Followed f, String why, boolean undo) {
    Verdict v =
        why.contains("did not verify")
            ? new Verdict(Verdict.Outcome.FAILED_VERIFICATION, why)
            : new Verdict(
                Verdict.Outcome.FAILED_VERIFICATION,
                f.action() + " for " + f.label() + " on " + f.jobKey() + " failed: " + why);
    memory.remember(
        new ActionMemoryRow(
            f.jobKey(), f.label(), f.action().name(), clock.instant(), f.workflowId(), v.why()));
    boolean evacuation = f.action() == WorkflowType.MIGRATE && CLUSTER_FAULTS.contains(f.label());
    Optional<String> undone =
        undo && !evacuation ? rollback.rollback(f.workflowId(), v.why()) : Optional.empty();
    record(f, v, undone);
    return new VerificationResult(f.workflowId(), f.jobKey(), f.label(), v, undone);
  }

  private void record(Followed f, Verdict v, Optional<String> rollbackId) {
    ObjectNode d = Jsons.object();
    d.put("workflow", f.workflowId());
    d.put("label", f.label());
    d.put("action", f.action().name());
    d.put("why", v.why());
    rollbackId.ifPresent(id -> d.put("rollbackWorkflow", id));
    audit.append(
        new AuditEntry(
            clock.instant(),
            ACTOR,
            "healing.verify",
            f.jobKey(),
            d.toString(),
            v.outcome().name()));
  }
}
