package dev.flotilla.adviser.postmortem;

import dev.flotilla.adviser.live.JobDiagnosis;
import dev.flotilla.model.ExceptionRecord;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.SliInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds a job's timeline from its observations, diagnoses, SLI intervals and actions. */
final class Timeline {
  private Timeline() {}

  static List<TimelineEntry> of(
      List<JobObservation> history,
      List<JobDiagnosis> diagnoses,
      List<SliInterval> intervals,
      List<ActionTaken> actions) {
    List<TimelineEntry> out = new ArrayList<>();
    JobObservation prev = null;
    Set<String> exceptions = new HashSet<>();
    for (JobObservation o : history) {
      if (prev == null || prev.state() != o.state() || !prev.jobId().equals(o.jobId())) {
        out.add(
            new TimelineEntry(
                o.observedAt(),
                TimelineEntry.Kind.STATE,
                "job "
                    + o.jobId()
                    + " "
                    + o.state()
                    + o.unknownReason().map(r -> " (" + r + ")").orElse("")));
      }
      if (prev != null) {
        long r0 = prev.metrics().numRestarts().orElse(-1);
        long r1 = o.metrics().numRestarts().orElse(-1);
        if (r0 >= 0 && r1 > r0) {
          out.add(
              new TimelineEntry(
                  o.observedAt(), TimelineEntry.Kind.METRIC, "numRestarts " + r0 + " → " + r1));
        }
        long f0 = prev.checkpoints().failed().orElse(-1);
        long f1 = o.checkpoints().failed().orElse(-1);
        if (f0 >= 0 && f1 > f0) {
          out.add(
              new TimelineEntry(
                  o.observedAt(),
                  TimelineEntry.Kind.METRIC,
                  "failed checkpoints "
                      + f0
                      + " → "
                      + f1
                      + o.checkpoints()
                          .latestFailureMessage()
                          .map(m -> ": \"" + m + "\"")
                          .orElse("")));
        }
      }
      for (ExceptionRecord e : o.exceptions()) {
        String key = e.timestamp().map(Instant::toString).orElse("?") + e.firstLine();
        if (exceptions.add(key)) {
          out.add(
              new TimelineEntry(
                  e.timestamp().orElse(o.observedAt()),
                  TimelineEntry.Kind.EXCEPTION,
                  e.firstLine() + e.taskName().map(t -> " [" + t + "]").orElse("")));
        }
      }
      prev = o;
    }
    Set<String> seen = new HashSet<>();
    for (JobDiagnosis d : diagnoses) {
      if (!seen.add(d.fingerprint())) {
        continue;
      }
      out.add(
          new TimelineEntry(
              d.at(),
              TimelineEntry.Kind.DIAGNOSIS,
              d.moment()
                  + " "
                  + d.label()
                  + " ("
                  + d.side()
                  + ", confidence "
                  + String.format(java.util.Locale.ROOT, "%.2f", d.confidence())
                  + ")"
                  + d.incidentId().map(i -> " incident " + i).orElse("")));
    }
    for (SliInterval i : intervals) {
      out.add(
          new TimelineEntry(
              i.start(), TimelineEntry.Kind.SLI, "SLI " + i.state() + " starts " + i.reasons()));
      i.end()
          .ifPresent(
              e ->
                  out.add(
                      new TimelineEntry(e, TimelineEntry.Kind.SLI, "SLI " + i.state() + " ends")));
    }
    for (ActionTaken a : actions) {
      out.add(
          new TimelineEntry(a.at(), TimelineEntry.Kind.ACTION, a.action() + ": " + a.outcome()));
    }
    out.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::kind));
    return out;
  }
}
