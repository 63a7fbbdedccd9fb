package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A diagnosis of one job from live observations: the {@link Advice} fields plus who, when, in which
 * {@link Moment}, a failure {@code signature} (label + normalized exception or detector id, used by
 * fleet correlation) and, once correlated, the platform incident it belongs to.
 */
public record JobDiagnosis(
    String jobKey,
    String cluster,
    Instant at,
    Label label,
    Side side,
    double confidence,
    List<Action> actions,
    List<String> evidence,
    List<String> rules,
    String explanation,
    Moment moment,
    String signature,
    Optional<String> incidentId) {

  public JobDiagnosis {
    Objects.requireNonNull(jobKey, "jobKey");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(moment, "moment");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(incidentId, "incidentId");
    actions = List.copyOf(actions);
    evidence = List.copyOf(evidence);
    rules = List.copyOf(rules);
    if (jobKey.isBlank()) {
      throw new IllegalArgumentException("jobKey must not be blank");
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
    }
    confidence = Math.round(confidence * 100) / 100.0;
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a diagnosis of " + jobKey + " needs evidence");
    }
  }

  /** A diagnosis of a job that carries an advice's label, side, actions, rules and evidence. */
  public static JobDiagnosis fromAdvice(
      String jobKey,
      String cluster,
      Instant at,
      Advice advice,
      Moment moment,
      String signature,
      List<String> extraEvidence,
      String rule) {
    List<String> evidence = new ArrayList<>(extraEvidence);
    for (String line : advice.evidence()) {
      if (extraEvidence.stream().noneMatch(e -> e.contains(line))) {
        evidence.add(line);
      }
    }
    List<String> rules = new ArrayList<>(List.of(rule));
    advice.rules().forEach(r -> rules.add("text:" + r));
    return new JobDiagnosis(
        jobKey,
        cluster,
        at,
        advice.label(),
        advice.side(),
        advice.confidence(),
        advice.actions(),
        evidence,
        rules,
        advice.explanation(),
        moment,
        signature,
        Optional.empty());
  }

  /** The best action, empty when none is recommended. */
  public Optional<Action> action() {
    return actions.stream().findFirst();
  }

  /**
   * What must differ for a diagnosis to count as changed: everything but the time, the evidence
   * values (which move every cycle) and confidence below one decimal.
   */
  public String fingerprint() {
    return String.join(
        "|",
        label.name(),
        side.name(),
        moment.name(),
        incidentId.orElse("-"),
        actions.toString(),
        rules.toString(),
        String.valueOf(Math.round(confidence * 10)));
  }

  /** The same diagnosis, attributed to a platform incident. */
  public JobDiagnosis attributedTo(String incident, List<Action> newActions, String why) {
    List<String> ev = new ArrayList<>(evidence);
    ev.add(0, why);
    List<String> rs = new ArrayList<>(rules);
    rs.add("fleet.correlation");
    return new JobDiagnosis(
        jobKey,
        cluster,
        at,
        label,
        Side.PLATFORM,
        confidence,
        newActions,
        ev,
        rs,
        explanation,
        moment,
        signature,
        Optional.of(incident));
  }

  /** The same diagnosis with more evidence, rules and actions merged in (no duplicates). */
  public JobDiagnosis mergedWith(JobDiagnosis other, double newConfidence) {
    return new JobDiagnosis(
        jobKey,
        cluster,
        at,
        label,
        side,
        newConfidence,
        union(actions, other.actions),
        union(evidence, other.evidence),
        union(rules, other.rules),
        explanation,
        moment,
        signature,
        incidentId);
  }

  /** The same diagnosis recommending {@code newActions} instead. */
  public JobDiagnosis withActions(List<Action> newActions) {
    return new JobDiagnosis(
        jobKey,
        cluster,
        at,
        label,
        side,
        confidence,
        newActions,
        evidence,
        rules,
        explanation,
        moment,
        signature,
        incidentId);
  }

  private static <T> List<T> union(List<T> a, List<T> b) {
    LinkedHashSet<T> s = new LinkedHashSet<>(a);
    s.addAll(b);
    return List.copyOf(s);
  }
}
