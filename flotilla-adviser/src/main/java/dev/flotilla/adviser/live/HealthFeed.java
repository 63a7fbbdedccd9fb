package dev.flotilla.adviser.live;

import dev.flotilla.adviser.health.HealthScore;
import dev.flotilla.adviser.health.ScoredFinding;
import dev.flotilla.adviser.health.Severity;
import dev.flotilla.model.JobState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Feeds {@link HealthScore} from a job's diagnoses and state, every cycle. Severity of a finding:
 *
 * <ul>
 *   <li>job state FAILED: CRITICAL; RESTARTING or FAILING: HIGH (rule {@code state.<STATE>});
 *   <li>a RUNTIME diagnosis: CRITICAL for a restart loop or a FAILED job, HIGH at confidence ≥ 0.7,
 *       else MEDIUM;
 *   <li>a PREEMPTIVE diagnosis: MEDIUM at confidence ≥ 0.5, else LOW;
 *   <li>UNKNOWN state (not observed) deducts nothing: an unobserved job is neither healthy nor not.
 * </ul>
 *
 * The rule id of a diagnosis is {@code label/moment}, so a diagnosis present every cycle counts
 * once, at its latest time; a finding no longer present fades over 30 minutes (HealthScore's
 * recency weight). Not thread-safe.
 */
final class HealthFeed {
  private final List<ScoredFinding> findings = new ArrayList<>();

  JobHealth update(String jobKey, JobState state, List<JobDiagnosis> current, Instant now) {
    findings.removeIf(f -> f.at().isBefore(now.minus(HealthScore.WINDOW)));
    stateSeverity(state).ifPresent(s -> findings.add(new ScoredFinding("state." + state, s, now)));
    for (JobDiagnosis d : current) {
      findings.add(new ScoredFinding(d.label() + "/" + d.moment(), severity(d, state), now));
    }
    Optional<String> top =
        current.stream()
            .max(
                Comparator.comparingInt((JobDiagnosis d) -> severity(d, state).points())
                    .thenComparingDouble(JobDiagnosis::confidence))
            .map(d -> d.label() + " (" + d.side() + "): " + d.evidence().get(0))
            .or(() -> stateSeverity(state).map(s -> "job " + state));
    return new JobHealth(jobKey, HealthScore.compute(findings, now), top);
  }

  static Optional<Severity> stateSeverity(JobState state) {
    return switch (state) {
      case FAILED -> Optional.of(Severity.CRITICAL);
      case RESTARTING, FAILING -> Optional.of(Severity.HIGH);
      default -> Optional.empty();
    };
  }

  static Severity severity(JobDiagnosis d, JobState state) {
    if (d.moment() == Moment.PREEMPTIVE || d.moment() == Moment.POSTMORTEM) {
      return d.confidence() >= 0.5 ? Severity.MEDIUM : Severity.LOW;
    }
    if (state == JobState.FAILED || d.rules().contains(RestartLoopDetector.RULE)) {
      return Severity.CRITICAL;
    }
    return d.confidence() >= 0.7 ? Severity.HIGH : Severity.MEDIUM;
  }
}
