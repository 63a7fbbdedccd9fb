package dev.flotilla.app.notify;

import dev.flotilla.notify.EventKind;
import dev.flotilla.notify.NotificationEvent;
import dev.flotilla.notify.Severity;
import dev.flotilla.operator.policy.Decision;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The self-healing loop's messages for people, as notification events: a recommendation (what only
 * a human can do, e.g. fix a user bug — Flotilla never restarts it blindly), a workflow waiting for
 * approval, and the page of the blast-radius breaker. Recommendations and approvals are one-shot
 * per job and diagnosis / per workflow, so a diagnosis seen again is not announced again; the
 * breaker's page is grouped with the platform incidents it names.
 */
final class HealingEvents {
  private HealingEvents() {}

  static NotificationEvent recommendation(Decision d, Instant at) {
    String label = d.label().orElse("diagnosis");
    return new NotificationEvent(
        EventKind.ACTION_PENDING,
        "recommend:" + d.jobKey() + ":" + label + ":" + String.join("+", d.actions()),
        Optional.of("recommendations"),
        d.jobKey(),
        "",
        Optional.empty(),
        Severity.WARNING,
        d.jobKey() + ": " + label + " needs a human: " + String.join(", ", d.actions()),
        d.reason(),
        d.evidence(),
        Map.of("label", label, "actions", String.join(",", d.actions())),
        Optional.empty(),
        at);
  }

  static NotificationEvent awaitingApproval(Decision d, String workflowId, Instant at) {
    String what = d.workflow().map(Enum::name).orElse("workflow");
    return new NotificationEvent(
        EventKind.ACTION_PENDING,
        "approval:" + workflowId,
        Optional.of("approvals"),
        d.jobKey(),
        d.params().map(p -> p.cluster()).orElse(""),
        Optional.empty(),
        Severity.WARNING,
        d.jobKey() + ": " + what + " awaits approval (" + workflowId + ")",
        d.reason() + " — flotilla approve " + workflowId,
        d.evidence(),
        Map.of("workflow", workflowId, "type", what),
        Optional.empty(),
        at);
  }

  static NotificationEvent page(Decision d, Instant at) {
    List<String> incidents = d.evidence();
    String group = incidents.isEmpty() ? "breaker" : incidents.get(0);
    return new NotificationEvent(
        EventKind.ACTION_PENDING,
        "breaker:" + at.getEpochSecond() / 60,
        Optional.of(group),
        "",
        "",
        Optional.empty(),
        Severity.CRITICAL,
        "Automatic actions stopped: blast-radius breaker open",
        d.reason(),
        incidents,
        Map.of(),
        Optional.empty(),
        at);
  }
}
