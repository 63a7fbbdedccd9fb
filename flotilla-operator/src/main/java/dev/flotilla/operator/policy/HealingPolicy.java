package dev.flotilla.operator.policy;

import dev.flotilla.model.Side;
import dev.flotilla.operator.workflow.WorkflowParams;
import dev.flotilla.operator.workflow.WorkflowType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The self-healing policy: maps a cycle's diagnoses to decisions through the guardrails. Pure
 * except for the blast-radius breaker, whose open/closed state it keeps across cycles.
 *
 * <p>Per diagnosis, most urgent job first (tier P0 first, then confidence): adviser actions only a
 * human can take become a RECOMMEND; for a USER-side diagnosis a restart is never automatic (Flink
 * already restarts; a user bug gets no blind restarts). Of the automatable remedies the first that
 * passes the per-remedy guards (observed job, allowed by policy, failed-verification memory) is
 * taken through the job guards (confidence, one workflow per job, cooldown) and then becomes
 * AWAIT_APPROVAL (approval tier) or, within the concurrency limits, START — DRY_RUN instead of
 * either in dry-run mode. A guard's "no" is a SKIP; when waiting will not cure it, the remedy is
 * also recommended to a human.
 */
public final class HealingPolicy {
  private final HealingSettings settings;
  private final List<Guard> remedyGuards;
  private final List<Guard> jobGuards;
  private final ConcurrencyGuard concurrency;
  private final ApprovalGuard approval;
  private final BlastRadiusBreaker breaker;
  private final ParamsFactory params = new ParamsFactory();

  public HealingPolicy(HealingSettings settings) {
    this.settings = settings;
    var p = settings.policy();
    this.remedyGuards =
        List.of(new ObservedJobGuard(), new AllowedActionGuard(), new FailedActionMemory());
    this.jobGuards =
        List.of(
            new ConfidenceGuard(settings.minConfidence()),
            new OneWorkflowPerJobGuard(),
            new CooldownGuard(p.cooldown()));
    this.concurrency =
        new ConcurrencyGuard(p.maxConcurrentActions(), p.maxConcurrentActionsPerCluster());
    this.approval = new ApprovalGuard(p);
    this.breaker =
        new BlastRadiusBreaker(
            p.breakerFailingJobs(), settings.breakerCloseBelow(), settings.breakerCalmCycles());
  }

  public boolean breakerOpen() {
    return breaker.isOpen();
  }

  public List<Decision> decide(PolicyInput input) {
    List<Decision> out = new ArrayList<>();
    BlastRadiusBreaker.Transition t = breaker.update(input.failingJobs(), input.incidents());
    if (t == BlastRadiusBreaker.Transition.OPENED) {
      out.add(
          Decision.page(
              "platform incident: "
                  + input.failingJobs()
                  + " jobs failing (breaker at "
                  + settings.policy().breakerFailingJobs()
                  + "), incidents "
                  + input.incidents()
                  + "; automatic actions stopped",
              input.incidents()));
    }
    CycleState state = new CycleState(input);
    for (DiagnosisInput d : ordered(input)) {
      decide(d, input, state, out);
    }
    return out;
  }

  private List<DiagnosisInput> ordered(PolicyInput input) {
    Comparator<DiagnosisInput> byTier =
        Comparator.comparingInt(
            d ->
                input.jobs().containsKey(d.jobKey())
                    ? input.jobs().get(d.jobKey()).tier().ordinal()
                    : 99);
    return input.diagnoses().stream()
        .sorted(
            byTier
                .thenComparing(Comparator.comparingDouble(DiagnosisInput::confidence).reversed())
                .thenComparing(DiagnosisInput::jobKey)
                .thenComparing(DiagnosisInput::label))
        .toList();
  }

  private void decide(DiagnosisInput d, PolicyInput input, CycleState state, List<Decision> out) {
    List<String> human = new ArrayList<>();
    List<Remedy> remedies = new ArrayList<>();
    for (String action : d.recommendedActions()) {
      Optional<Remedy> r = RemedyMapping.of(action);
      boolean blindRestart =
          d.side() == Side.USER
              && r.isPresent()
              && r.get().workflow() == WorkflowType.RESTART_FROM_CHECKPOINT;
      if (r.isPresent() && !blindRestart) {
        remedies.add(r.get());
      } else {
        human.add(action);
      }
    }
    if (!human.isEmpty()) {
      out.add(Decision.recommend(d, human, describe(d) + ": needs a human: " + human));
    }
    if (remedies.isEmpty()) {
      return;
    }
    JobContext job = input.jobs().get(d.jobKey());
    if (job == null) {
      blocked(
          d,
          remedies.get(0),
          new Block(SkipReason.CANNOT_PLAN, "no context for " + d.jobKey()),
          out);
      return;
    }
    if (breaker.isOpen()) {
      blocked(
          d,
          remedies.get(0),
          new Block(SkipReason.BREAKER_OPEN, "blast-radius breaker open: platform incident"),
          out);
      return;
    }
    Optional<Block> firstBlock = Optional.empty();
    Candidate chosen = null;
    for (Remedy r : remedies) {
      Candidate c = new Candidate(d, job, r);
      Optional<Block> b = firstBlock(remedyGuards, c, state);
      if (b.isEmpty()) {
        chosen = c;
        break;
      }
      firstBlock = firstBlock.or(() -> b);
    }
    if (chosen == null) {
      blocked(d, remedies.get(0), firstBlock.orElseThrow(), out);
      return;
    }
    Optional<Block> b = firstBlock(jobGuards, chosen, state);
    if (b.isPresent()) {
      blocked(d, chosen.remedy(), b.get(), out);
      return;
    }
    WorkflowType type = chosen.remedy().workflow();
    ParamsFactory.Planned planned = params.plan(type, job);
    if (planned.params().isEmpty()) {
      blocked(d, chosen.remedy(), new Block(SkipReason.CANNOT_PLAN, planned.problem()), out);
      return;
    }
    WorkflowParams p = planned.params().get();
    String why = describe(d) + " → " + chosen.remedy().adviserAction() + " → " + type;
    boolean needsApproval = approval.requiresApproval(chosen);
    if (!needsApproval) {
      Optional<Block> full = concurrency.check(chosen, state);
      if (full.isPresent()) {
        blocked(d, chosen.remedy(), full.get(), out);
        return;
      }
    }
    state.hold(job.jobKey(), job.cluster(), !needsApproval);
    if (settings.policy().dryRun()) {
      String would =
          needsApproval ? "would await approval (tier " + job.tier() + ")" : "would start";
      out.add(
          Decision.act(
              Decision.Kind.DRY_RUN, d, type, p.withDryRun(true), why + "; dry-run: " + would));
    } else if (needsApproval) {
      out.add(
          Decision.act(
              Decision.Kind.AWAIT_APPROVAL,
              d,
              type,
              p,
              why + "; tier " + job.tier() + " needs approval"));
    } else {
      out.add(Decision.act(Decision.Kind.START, d, type, p, why));
    }
  }

  private static Optional<Block> firstBlock(List<Guard> guards, Candidate c, CycleState s) {
    for (Guard g : guards) {
      Optional<Block> b = g.check(c, s);
      if (b.isPresent()) {
        return b;
      }
    }
    return Optional.empty();
  }

  private static void blocked(DiagnosisInput d, Remedy r, Block b, List<Decision> out) {
    out.add(Decision.skip(d, Optional.of(r.workflow()), b.reason(), b.why()));
    if (b.reason().needsHuman()) {
      out.add(
          Decision.recommend(
              d,
              List.of(r.adviserAction()),
              describe(d) + ": not automatic (" + b.why() + "); a human may " + r.adviserAction()));
    }
  }

  private static String describe(DiagnosisInput d) {
    return String.format(
        Locale.ROOT, "%s (confidence %.2f, side %s)", d.label(), d.confidence(), d.side());
  }
}
