package dev.flotilla.adviser.live;

import dev.flotilla.model.CheckpointSummary;
import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.ExceptionRecord;
import dev.flotilla.model.JobMetrics;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.TaskManagerObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Test builders: copies of real recorded observations with a few values changed. */
public final class Obs {
  /** The lab's real TaskManager-loss text (flink-local-recipe.md, Flink 2.3.0). */
  public static final String TM_LOST =
      "org.apache.flink.runtime.resourcemanager.exceptions.ResourceManagerException: TaskManager"
          + " with id localhost:40115-2c8a1e is no longer reachable.";

  private Obs() {}

  public static JobObservation copy(
      JobObservation j,
      String cluster,
      String name,
      JobState state,
      Instant at,
      JobMetrics metrics,
      CheckpointSummary cp,
      List<ExceptionRecord> exceptions,
      Map<String, Integer> taskCounts) {
    return new JobObservation(
        cluster,
        name + "-id",
        name,
        state,
        at,
        j.startTime(),
        j.unknownReason(),
        taskCounts,
        j.parallelism(),
        true,
        metrics,
        cp,
        j.vertices(),
        exceptions);
  }

  public static JobObservation renamed(JobObservation j, String cluster, String name, Instant at) {
    return copy(
        j,
        cluster,
        name,
        j.state(),
        at,
        j.metrics(),
        j.checkpoints(),
        j.exceptions(),
        j.taskCounts());
  }

  public static JobObservation withState(
      JobObservation j, JobState s, List<ExceptionRecord> ex, Instant at) {
    return copy(j, j.cluster(), j.name(), s, at, j.metrics(), j.checkpoints(), ex, j.taskCounts());
  }

  public static JobMetrics restarts(JobMetrics m, long n) {
    return new JobMetrics(
        OptionalLong.of(n),
        m.uptimeMs(),
        m.restartingTimeMs(),
        m.numberOfFailedCheckpoints(),
        m.numberOfCompletedCheckpoints(),
        m.lastCheckpointDurationMs(),
        m.consumerLag());
  }

  public static JobMetrics lag(JobMetrics m, double lag) {
    return new JobMetrics(
        m.numRestarts(),
        m.uptimeMs(),
        m.restartingTimeMs(),
        m.numberOfFailedCheckpoints(),
        m.numberOfCompletedCheckpoints(),
        m.lastCheckpointDurationMs(),
        OptionalDouble.of(lag));
  }

  public static CheckpointSummary completed(
      CheckpointSummary c, long n, Instant at, long durationMs) {
    return new CheckpointSummary(
        OptionalLong.of(n),
        OptionalLong.of(0),
        OptionalLong.of(0),
        Optional.of(at),
        OptionalLong.of(durationMs),
        c.latestCompletedSizeBytes(),
        c.latestCompletedPath(),
        Optional.empty(),
        Optional.empty(),
        c.latestSavepointPath(),
        c.restoredFromPath());
  }

  public static ExceptionRecord exception(Instant at, String text) {
    String name = text.substring(0, text.indexOf(':'));
    return new ExceptionRecord(Optional.of(at), name, text, Optional.empty(), Optional.empty());
  }

  public static ClusterObservation cluster(
      String name,
      Instant at,
      String version,
      int tms,
      int slots,
      int free,
      List<TaskManagerObservation> details) {
    return new ClusterObservation(
        name,
        at,
        true,
        Optional.empty(),
        Optional.of(version),
        OptionalInt.of(tms),
        OptionalInt.of(slots),
        OptionalInt.of(free),
        details,
        Duration.ofMillis(20));
  }

  public static TaskManagerObservation tm(String id, long heapUsed, long heapMax, long gc) {
    return new TaskManagerObservation(
        id,
        OptionalInt.of(4),
        OptionalInt.of(2),
        OptionalLong.of(heapUsed),
        OptionalLong.of(heapMax),
        OptionalLong.of(gc));
  }
}
