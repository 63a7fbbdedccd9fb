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
  private final int size;
  private final Deque<JobObservation> history = new ArrayDeque<>();
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
    history.addLast(o);
    while (history.size() > size) {
      history.removeFirst();
    }
    lastSeen = o.observedAt();
  }

  List<JobObservation> history() {
    return List.copyOf(history);
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
