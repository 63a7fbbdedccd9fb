package dev.flotilla.sim;

import dev.flotilla.model.JobState;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes a job's {@link JobView} at any instant from its timeline. Deterministic and stateless:
 * the same job and instant always give the same view, whoever asks and in whatever order.
 */
public final class SimModel {
  /** Flink's default {@code web.exception-history-size}. */
  public static final int EXCEPTION_HISTORY_SIZE = 16;

  static final Duration LOOP_FIRST = Duration.ofSeconds(2);
  static final Duration LOOP_PERIOD = Duration.ofSeconds(10);
  static final Duration CHECKPOINT_SECOND = Duration.ofSeconds(20);
  static final List<String> STATUSES =
      List.of(
          "created",
          "scheduled",
          "deploying",
          "running",
          "finished",
          "canceling",
          "canceled",
          "failed",
          "reconciling",
          "initializing");

  private final Instant origin;

  /**
   * @param origin scenario start; the job was submitted two hours before it
   */
  public SimModel(Instant origin) {
    this.origin = origin;
  }

  public JobView view(SimJob job, Instant t) {
    Optional<Segment> seg = segmentAt(job, t);
    Instant epoch = epochStart(job, t);
    Phase phase = seg.map(Segment::phase).orElse(Phase.HEALTHY);
    JobState state = state(phase);
    Map<String, Integer> tasks = tasks(phase, job.parallelism() * job.vertexIds().size());
    List<SimException> ex = new ArrayList<>();
    long restarts = 0;
    List<Segment> segs = job.segments();
    for (int i = segs.size() - 1; i >= 0; i--) {
      Segment s = segs.get(i);
      if (s.from().isAfter(t) || s.from().isBefore(epoch)) {
        continue;
      }
      if (s.phase() == Phase.RESTART_LOOP) {
        long k = loopFailuresUpTo(s, t);
        restarts += k;
        for (long j = k - 1; j >= 0 && ex.size() < EXCEPTION_HISTORY_SIZE; j--) {
          ex.add(exception(job, s, s.from().plus(LOOP_FIRST).plus(LOOP_PERIOD.multipliedBy(j)), j));
        }
      } else if (s.phase() == Phase.FAILED) {
        Instant at = s.from().plusSeconds(1);
        if (!at.isAfter(t) && ex.size() < EXCEPTION_HISTORY_SIZE) {
          ex.add(exception(job, s, at, 0));
        }
      }
    }
    Instant ckpt = latestCheckpoint(job, t);
    long completed = Math.max(1, Duration.between(epoch, ckpt).toMinutes());
    return new JobView(job, t, state, tasks, epoch, restarts, ex, ckpt, completed, seg);
  }

  /** Flink job state shown in a phase. */
  public static JobState state(Phase phase) {
    return switch (phase) {
      case HEALTHY, SLOW_CHECKPOINT -> JobState.RUNNING;
      case RESTART_LOOP -> JobState.RESTARTING;
      case FAILED -> JobState.FAILED;
      case WAITING -> JobState.CREATED;
    };
  }

  /** Task counts (every Flink status, lower case) of a job with {@code n} tasks in a phase. */
  public static Map<String, Integer> tasks(Phase phase, int n) {
    Map<String, Integer> tasks = new LinkedHashMap<>();
    STATUSES.forEach(s -> tasks.put(s, 0));
    switch (phase) {
      case HEALTHY, SLOW_CHECKPOINT -> tasks.put("running", n);
      case RESTART_LOOP -> tasks.put("scheduled", n);
      case FAILED -> {
        tasks.put("failed", 1);
        tasks.put("canceled", n - 1);
      }
      case WAITING -> tasks.put("created", n);
    }
    return tasks;
  }

  /** Phase of a job at {@code t} (cheap: no exceptions or checkpoints computed). */
  public Phase phaseAt(SimJob job, Instant t) {
    return segmentAt(job, t).map(Segment::phase).orElse(Phase.HEALTHY);
  }

  /** Failures of a restart loop at or before {@code t}: at from+2s, +12s, +22s … before its end. */
  static long loopFailuresUpTo(Segment s, Instant t) {
    Instant first = s.from().plus(LOOP_FIRST);
    Instant last = t.isBefore(s.to()) ? t : s.to().minusNanos(1);
    if (last.isBefore(first)) {
      return 0;
    }
    return Duration.between(first, last).toMillis() / LOOP_PERIOD.toMillis() + 1;
  }

  private static SimException exception(SimJob job, Segment s, Instant at, long attempt) {
    Optional<String> task =
        s.side() == dev.flotilla.model.Side.USER
            ? Optional.of(
                "counter -> sink: Writer (1/"
                    + job.parallelism()
                    + ") - execution #"
                    + (attempt + 1))
            : Optional.empty();
    return new SimException(
        at, s.exceptionName(), s.message(), task, "localhost:41" + (attempt % 10) + "07");
  }

  public Optional<Segment> segmentAt(SimJob job, Instant t) {
    for (Segment s : job.segments()) {
      if (s.contains(t)) {
        return Optional.of(s);
      }
      if (s.from().isAfter(t)) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Submission time of the current run: the latest WAITING (resubmission) start, or origin−2h. */
  public Instant epochStart(SimJob job, Instant t) {
    Instant epoch = origin.minus(Duration.ofHours(2));
    for (Segment s : job.segments()) {
      if (s.from().isAfter(t)) {
        break;
      }
      if (s.phase() == Phase.WAITING) {
        epoch = s.from();
      }
    }
    return epoch;
  }

  /** Latest minute+20s at or before {@code t} at which the job was HEALTHY. */
  public Instant latestCheckpoint(SimJob job, Instant t) {
    Instant tau =
        t.minus(CHECKPOINT_SECOND).truncatedTo(ChronoUnit.MINUTES).plus(CHECKPOINT_SECOND);
    while (true) {
      Optional<Segment> s = segmentAt(job, tau);
      if (s.isEmpty()) {
        return tau;
      }
      Instant before = s.get().from().minusNanos(1);
      tau = before.minus(CHECKPOINT_SECOND).truncatedTo(ChronoUnit.MINUTES).plus(CHECKPOINT_SECOND);
    }
  }
}
