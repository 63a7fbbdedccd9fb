package dev.flotilla.sla.rules;

import java.util.Objects;

/**
 * One abnormal reason found by a rule.
 *
 * @param reason short machine-readable reason, e.g. {@code RESTART_RATE}
 * @param evidence one human-readable line quoting what was observed
 */
public record Finding(String reason, String evidence) {
  public Finding {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(evidence, "evidence");
  }
}
