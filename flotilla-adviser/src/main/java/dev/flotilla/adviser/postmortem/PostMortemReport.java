package dev.flotilla.adviser.postmortem;

import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.live.JobDiagnosis;
import dev.flotilla.adviser.live.Moment;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.SliInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A post-mortem of one job: the timeline of states, exceptions, metric changes, diagnoses, SLI
 * intervals and actions; the metrics observed around the failure; the final diagnosis (the latest
 * RUNTIME diagnosis with a known label, the most confident at that time, restated as POSTMORTEM);
 * what was done. {@link #markdown()} renders it. Pure.
 *
 * @param failureAt when the job last went FAILING, FAILED or RESTARTING (empty if it never did)
 * @param around observations within {@link #AROUND} of the failure, oldest first
 */
public record PostMortemReport(
    String jobKey,
    Optional<Instant> failureAt,
    List<TimelineEntry> timeline,
    List<JobObservation> around,
    Optional<JobDiagnosis> finalDiagnosis,
    List<SliInterval> intervals,
    List<ActionTaken> actions) {
  static final Duration AROUND = Duration.ofMinutes(10);
  static final int MAX_ROWS = 12;
  private static final Set<JobState> FAILING =
      Set.of(JobState.FAILING, JobState.FAILED, JobState.RESTARTING);

  public PostMortemReport {
    Objects.requireNonNull(jobKey, "jobKey");
    Objects.requireNonNull(failureAt, "failureAt");
    timeline = List.copyOf(timeline);
    around = List.copyOf(around);
    Objects.requireNonNull(finalDiagnosis, "finalDiagnosis");
    intervals = List.copyOf(intervals);
    actions = List.copyOf(actions);
  }

  /**
   * @param history the job's observations, oldest first
   * @param diagnoses diagnoses emitted for the job (any order)
   * @param intervals the job's SLI exception intervals
   * @param actions what was done
   */
  public static PostMortemReport build(
      String jobKey,
      List<JobObservation> history,
      List<JobDiagnosis> diagnoses,
      List<SliInterval> intervals,
      List<ActionTaken> actions) {
    Objects.requireNonNull(jobKey, "jobKey");
    List<JobObservation> h =
        history.stream().sorted(Comparator.comparing(JobObservation::observedAt)).toList();
    Optional<Instant> failure = Optional.empty();
    JobState before = null;
    for (JobObservation o : h) {
      if (FAILING.contains(o.state()) && (before == null || !FAILING.contains(before))) {
        failure = Optional.of(o.observedAt());
      }
      before = o.state();
    }
    List<JobObservation> around = h;
    if (failure.isPresent()) {
      Instant f = failure.get();
      around =
          h.stream()
              .filter(o -> Duration.between(o.observedAt(), f).abs().compareTo(AROUND) <= 0)
              .toList();
    }
    if (around.size() > MAX_ROWS) {
      around = around.subList(around.size() - MAX_ROWS, around.size());
    }
    Optional<JobDiagnosis> last =
        diagnoses.stream()
            .filter(d -> d.moment() == Moment.RUNTIME && d.label() != Label.UNKNOWN)
            .max(
                Comparator.comparing(JobDiagnosis::at)
                    .thenComparingDouble(JobDiagnosis::confidence))
            .or(
                () ->
                    diagnoses.stream()
                        .filter(d -> d.moment() == Moment.RUNTIME)
                        .max(Comparator.comparing(JobDiagnosis::at)))
            .map(PostMortemReport::asPostMortem);
    return new PostMortemReport(
        jobKey,
        failure,
        Timeline.of(h, diagnoses, intervals, actions),
        around,
        last,
        intervals,
        actions);
  }

  /** The report as Markdown text. */
  public String markdown() {
    return new MarkdownRenderer().render(this);
  }

  private static JobDiagnosis asPostMortem(JobDiagnosis d) {
    return new JobDiagnosis(
        d.jobKey(),
        d.cluster(),
        d.at(),
        d.label(),
        d.side(),
        d.confidence(),
        d.actions(),
        d.evidence(),
        d.rules(),
        d.explanation(),
        Moment.POSTMORTEM,
        d.signature(),
        d.incidentId());
  }
}
