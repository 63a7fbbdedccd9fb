package dev.flotilla.operator.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.operator.verify.SliMinute;
import dev.flotilla.operator.verify.VerificationResult;
import dev.flotilla.operator.verify.VerificationTracker;
import dev.flotilla.operator.workflow.Jsons;
import dev.flotilla.operator.workflow.WorkflowParams;
import dev.flotilla.operator.workflow.WorkflowRequest;
import dev.flotilla.store.ActionMemoryStore;
import dev.flotilla.store.AuditEntry;
import dev.flotilla.store.AuditLog;
import dev.flotilla.store.WorkflowRow;
import dev.flotilla.store.WorkflowState;
import dev.flotilla.store.WorkflowStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The self-healing stage of the control loop: each {@link #cycle} hands approved workflows to the
 * engine, reads active workflows, action history and failed-action memory from the store, asks the
 * {@link HealingPolicy}, carries out its decisions (start, park for approval, recommend, page) with
 * every decision audited, and advances fix verification.
 */
public final class HealingLoop {
  public static final String ACTOR = "flotilla";

  private final HealingPolicy policy;
  private final WorkflowStore workflows;
  private final ActionMemoryStore memory;
  private final AuditLog audit;
  private final WorkflowLauncher launcher;
  private final ApprovalQueue approvals;
  private final VerificationTracker verifier;
  private final HealingNotifier notifier;
  private final Clock clock;

  public HealingLoop(
      HealingPolicy policy,
      WorkflowStore workflows,
      ActionMemoryStore memory,
      AuditLog audit,
      WorkflowLauncher launcher,
      ApprovalQueue approvals,
      VerificationTracker verifier,
      HealingNotifier notifier,
      Clock clock) {
    this.policy = policy;
    this.workflows = workflows;
    this.memory = memory;
    this.audit = audit;
    this.launcher = launcher;
    this.approvals = approvals;
    this.verifier = verifier;
    this.notifier = notifier;
    this.clock = clock;
  }

  /**
   * Diagnoses skipped only because the job or the fleet was busy (cooldown, an active workflow, a
   * full action budget, the blast-radius breaker): tried again every cycle while the job still
   * shows the label, since the adviser emits a diagnosis only once. Keyed by job and label.
   */
  private final Map<String, DiagnosisInput> waiting = new java.util.LinkedHashMap<>();

  /** Waiting may cure it. */
  private static boolean passes(SkipReason r) {
    return !r.needsHuman() || r == SkipReason.BREAKER_OPEN;
  }

  private static String key(String jobKey, String label) {
    return jobKey + "\u0000" + label;
  }

  public HealingReport cycle(CycleFacts facts) {
    List<String> released = approvals.releaseApproved();
    Set<String> fresh = new HashSet<>();
    facts.newDiagnoses().forEach(d -> fresh.add(key(d.jobKey(), d.label())));
    waiting
        .entrySet()
        .removeIf(
            e ->
                fresh.contains(e.getKey())
                    || !facts
                        .currentLabels()
                        .getOrDefault(e.getValue().jobKey(), Set.of())
                        .contains(e.getValue().label()));
    List<DiagnosisInput> all = new ArrayList<>(facts.newDiagnoses());
    all.addAll(waiting.values());
    CycleFacts withRetries =
        new CycleFacts(
            all,
            facts.currentLabels(),
            facts.jobs(),
            facts.failingJobs(),
            facts.incidents(),
            facts.sliMinutes());
    List<Decision> decisions = policy.decide(input(withRetries));
    Map<String, DiagnosisInput> byKey = new HashMap<>();
    all.forEach(d -> byKey.put(key(d.jobKey(), d.label()), d));
    List<String> started = new ArrayList<>();
    List<Decision> made = new ArrayList<>();
    for (Decision d : decisions) {
      String k = key(d.jobKey(), d.label().orElse(""));
      boolean retry = d.label().isPresent() && !fresh.contains(k) && waiting.containsKey(k);
      boolean wait =
          d.kind() == Decision.Kind.SKIP && d.skip().map(HealingLoop::passes).orElse(false);
      if (wait && byKey.containsKey(k)) {
        waiting.put(k, byKey.get(k));
      } else if (d.kind() != Decision.Kind.RECOMMEND) {
        waiting.remove(k);
      }
      if (retry && (wait || d.kind() == Decision.Kind.RECOMMEND)) {
        continue; // still waiting: audited when it first waited
      }
      made.add(d);
      carryOut(d).ifPresent(started::add);
    }
    decisions = made;
    Instant thisMinute = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    Map<String, SliMinute> sli = new HashMap<>();
    facts
        .jobs()
        .forEach(
            (k, j) ->
                sli.put(k, new SliMinute(facts.sliMinutes().getOrDefault(k, thisMinute), j.sli())));
    List<VerificationResult> verified = verifier.cycle(sli, facts.currentLabels());
    return new HealingReport(decisions, started, released, verified);
  }

  PolicyInput input(CycleFacts facts) {
    List<ActiveWorkflow> active = new ArrayList<>();
    for (WorkflowState s : WorkflowState.values()) {
      if (!s.isActive()) {
        continue;
      }
      for (WorkflowRow w : workflows.list(Optional.empty(), Optional.of(s))) {
        String cluster = Jsons.params(w.paramsJson(), w.id()).cluster();
        active.add(
            new ActiveWorkflow(w.id(), w.jobKey(), cluster, s != WorkflowState.AWAITING_APPROVAL));
      }
    }
    Map<String, Instant> last = new HashMap<>();
    Set<FailedAction> failed = new HashSet<>();
    Set<String> diagnosed = new HashSet<>();
    facts.newDiagnoses().forEach(d -> diagnosed.add(d.jobKey()));
    for (String job : diagnosed) {
      for (WorkflowRow w : workflows.list(Optional.of(job), Optional.empty())) {
        // a (re)deployment by the reconciler is the job's life cycle, not a remedy: a job that
        // fails right after it was deployed needs healing now, not after the cooldown
        if (w.state() != WorkflowState.CANCELLED && !w.type().equals("DEPLOY")) {
          last.merge(job, w.updatedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
      }
      memory.list(Optional.of(job)).stream()
          .map(
              m ->
                  new FailedAction(
                      m.jobKey(),
                      m.label(),
                      dev.flotilla.operator.workflow.WorkflowType.parse(m.action())))
          .forEach(failed::add);
    }
    return new PolicyInput(
        facts.newDiagnoses(),
        facts.jobs(),
        active,
        last,
        failed,
        facts.failingJobs(),
        facts.incidents(),
        clock.instant());
  }

  /** Acts on one decision; returns the id of a workflow it started or parked. */
  private Optional<String> carryOut(Decision d) {
    switch (d.kind()) {
      case START, AWAIT_APPROVAL -> {
        WorkflowParams p = d.params().orElseThrow();
        WorkflowRequest r =
            new WorkflowRequest(d.workflow().orElseThrow(), d.jobKey(), p, ACTOR, d.reason());
        try {
          String id = d.kind() == Decision.Kind.START ? launcher.launch(r) : approvals.park(r);
          verifier.follow(id, d.jobKey(), d.label().orElseThrow(), r.type());
          if (d.kind() == Decision.Kind.AWAIT_APPROVAL) {
            notifier.awaitingApproval(d, id);
          }
          record(d, "OK", Optional.of(id));
          return Optional.of(id);
        } catch (RuntimeException e) {
          record(
              d,
              "FAILED: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
              Optional.empty());
          return Optional.empty();
        }
      }
      case RECOMMEND -> notifier.recommend(d);
      case PAGE -> notifier.page(d);
      default -> {}
    }
    record(d, d.skip().map(Enum::name).orElse("OK"), Optional.empty());
    return Optional.empty();
  }

  private void record(Decision d, String outcome, Optional<String> workflowId) {
    ObjectNode n = Jsons.object();
    n.put("decision", d.kind().name());
    d.label().ifPresent(l -> n.put("label", l));
    d.workflow().ifPresent(w -> n.put("workflow", w.name()));
    workflowId.ifPresent(id -> n.put("workflowId", id));
    d.skip().ifPresent(s -> n.put("skip", s.name()));
    n.put("reason", d.reason());
    n.set("actions", Jsons.MAPPER.valueToTree(d.actions()));
    n.set("evidence", Jsons.MAPPER.valueToTree(d.evidence()));
    d.params().ifPresent(p -> n.set("params", Jsons.MAPPER.valueToTree(p)));
    String action =
        "healing." + d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    audit.append(new AuditEntry(clock.instant(), ACTOR, action, d.jobKey(), n.toString(), outcome));
  }
}
