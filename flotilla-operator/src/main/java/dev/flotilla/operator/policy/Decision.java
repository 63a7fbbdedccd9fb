package dev.flotilla.operator.policy;

import dev.flotilla.operator.workflow.WorkflowParams;
import dev.flotilla.operator.workflow.WorkflowType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One outcome of a policy cycle.
 *
 * @param jobKey the job, or {@link #FLEET} for a page
 * @param label the diagnosis label it answers (empty for a page)
 * @param workflow what to run (START, AWAIT_APPROVAL, DRY_RUN, and a SKIP that had one in mind)
 * @param params the workflow's parameters (START, AWAIT_APPROVAL, DRY_RUN)
 * @param actions RECOMMEND: the adviser actions a human should take
 * @param skip SKIP: why
 * @param reason a sentence for people and the audit log
 */
public record Decision(
    Kind kind,
    String jobKey,
    Optional<String> label,
    Optional<WorkflowType> workflow,
    Optional<WorkflowParams> params,
    List<String> actions,
    Optional<SkipReason> skip,
    String reason,
    List<String> evidence) {

  public static final String FLEET = "*fleet*";

  /** What the app does with a decision. */
  public enum Kind {
    START,
    AWAIT_APPROVAL,
    RECOMMEND,
    SKIP,
    DRY_RUN,
    PAGE
  }

  public Decision {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(jobKey, "jobKey");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(params, "params");
    actions = List.copyOf(actions);
    Objects.requireNonNull(skip, "skip");
    Objects.requireNonNull(reason, "reason");
    evidence = List.copyOf(evidence);
    if ((kind == Kind.SKIP) != skip.isPresent()) {
      throw new IllegalArgumentException("a skip reason goes with SKIP only, not " + kind);
    }
    boolean acts = kind == Kind.START || kind == Kind.AWAIT_APPROVAL || kind == Kind.DRY_RUN;
    if (acts && (workflow.isEmpty() || params.isEmpty())) {
      throw new IllegalArgumentException(kind + " of " + jobKey + " needs a workflow and params");
    }
  }

  static Decision act(
      Kind kind, DiagnosisInput d, WorkflowType type, WorkflowParams params, String reason) {
    return new Decision(
        kind,
        d.jobKey(),
        Optional.of(d.label()),
        Optional.of(type),
        Optional.of(params),
        List.of(),
        Optional.empty(),
        reason,
        d.evidence());
  }

  static Decision recommend(DiagnosisInput d, List<String> actions, String reason) {
    return new Decision(
        Kind.RECOMMEND,
        d.jobKey(),
        Optional.of(d.label()),
        Optional.empty(),
        Optional.empty(),
        actions,
        Optional.empty(),
        reason,
        d.evidence());
  }

  static Decision skip(
      DiagnosisInput d, Optional<WorkflowType> type, SkipReason why, String reason) {
    return new Decision(
        Kind.SKIP,
        d.jobKey(),
        Optional.of(d.label()),
        type,
        Optional.empty(),
        List.of(),
        Optional.of(why),
        reason,
        d.evidence());
  }

  static Decision page(String reason, List<String> evidence) {
    return new Decision(
        Kind.PAGE,
        FLEET,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        reason,
        evidence);
  }
}
