package dev.flotilla.adviser.live;

import dev.flotilla.model.JobObservation;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the live adviser remembers of one job: bounded history, emitted diagnoses, health. */
final class JobTrack {
  /** Newest observations kept whole; older ones are kept slim (see {@link #slim}). */
  static final int FULL = 10;

  private final int size;
  private final Deque<JobObservation> older = new ArrayDeque<>();
  private final Deque<JobObservation> recent = new ArrayDeque<>();
  private final Deque<JobDiagnosis> log = new ArrayDeque<>();
  private final Map<String, String> emitted = new HashMap<>();
  private final Map<String, Instant> lastPresent = new HashMap<>();
  final HealthFeed health = new HealthFeed();
  List<JobDiagnosis> current = List.of();
  String exceptionKey = "";
  Optional<ExceptionReading> reading = Optional.empty();
  Instant lastSeen = Instant.EPOCH;

  JobTrack(int size) {
    this.size = size;
  }

  void add(JobObservation o) {
    recent.addLast(o);
    if (recent.size() > Math.min(FULL, size)) {
      older.addLast(slim(recent.removeFirst()));
    }
    while (older.size() + recent.size() > size) {
      older.removeFirst();
    }
    lastSeen = o.observedAt();
  }

  List<JobObservation> history() {
    List<JobObservation> all = new ArrayList<>(older.size() + recent.size());
    all.addAll(older);
    all.addAll(recent);
    return all;
  }

  /**
   * An older observation as the trends and the post-mortem timeline need it: states, metrics,
   * checkpoints and each exception's first line; no vertices and no stack traces, which are most of
   * an observation's memory (100,000 jobs x 120 observations must fit in the heap).
   */
  static JobObservation slim(JobObservation o) {
    if (o.vertices().isEmpty() && o.exceptions().stream().allMatch(JobTrack::oneLine)) {
      return o;
    }
    return new JobObservation(
        o.cluster(),
        o.jobId(),
        o.name(),
        o.state(),
        o.observedAt(),
        o.startTime(),
        o.unknownReason(),
        o.taskCounts(),
        o.parallelism(),
        o.detailed(),
        o.metrics(),
        o.checkpoints(),
        List.of(),
        o.exceptions().stream()
            .map(
                e ->
                    new dev.flotilla.model.ExceptionRecord(
                        e.timestamp(),
                        e.exceptionName(),
                        e.firstLine(),
                        e.taskName(),
                        e.endpoint()))
            .toList());
  }

  private static boolean oneLine(dev.flotilla.model.ExceptionRecord e) {
    return e.stacktrace().indexOf('\n') < 0;
  }

  List<JobDiagnosis> log() {
    return List.copyOf(log);
  }

  /** The diagnoses to emit: new, changed, or back after an absence longer than {@code rearm}. */
  List<JobDiagnosis> emit(List<JobDiagnosis> now, Instant at, java.time.Duration rearm) {
    List<JobDiagnosis> out = new ArrayList<>();
    for (JobDiagnosis d : now) {
      String key = d.label() + "/" + d.moment();
      Instant seen = lastPresent.get(key);
      boolean rearmed = seen != null && seen.isBefore(at.minus(rearm));
      if (rearmed || !d.fingerprint().equals(emitted.get(key))) {
        emitted.put(key, d.fingerprint());
        out.add(d);
        log.addLast(d);
        while (log.size() > size) {
          log.removeFirst();
        }
      }
      lastPresent.put(key, at);
    }
    return out;
  }
}
