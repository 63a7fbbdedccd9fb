package dev.flotilla.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited action.
 *
 * @param actor who did it: a user name, a token name, or {@code flotilla} for automatic actions
 * @param target what it was done to, e.g. a job key or cluster name
 * @param detailsJson JSON text with whatever else matters
 * @param outcome e.g. {@code OK}, {@code DENIED}, {@code FAILED}
 */
public record AuditEntry(
    Instant at, String actor, String action, String target, String detailsJson, String outcome) {

  public AuditEntry {
    Objects.requireNonNull(at);
    Require.text(actor, "audit actor");
    Require.text(action, "audit action");
    Require.text(target, "audit target");
    Require.json(detailsJson, "audit details of " + action + " on " + target);
    Require.text(outcome, "audit outcome");
  }
}
