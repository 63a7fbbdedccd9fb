package dev.flotilla.operator.flink;

import dev.flotilla.model.JobState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What operator workflows do to Flink, and the few reads they need to stay idempotent. Clusters are
 * named; the implementation maps names to REST endpoints. Every method throws {@link
 * FlinkUnreachableException} when the cluster does not answer and {@link FlinkActionException} when
 * it answers with an error.
 */
public interface FlinkActions {

  /** Uploads a job jar; returns the jar id to run. */
  String uploadJar(String cluster, Path jar);

  /** Runs an uploaded jar, optionally restoring from a savepoint or retained checkpoint. */
  String runJar(
      String cluster,
      String jarId,
      String entryClass,
      List<String> args,
      int parallelism,
      Optional<String> savepointPath,
      boolean allowNonRestoredState);

  void cancel(String cluster, String jobId);

  /** Triggers a savepoint into the cluster's default directory; returns the request id. */
  String triggerSavepoint(String cluster, String jobId);

  /**
   * Stops the job with a savepoint into the cluster's default directory; returns the request id.
   */
  String stopWithSavepoint(String cluster, String jobId);

  SavepointStatus savepointStatus(String cluster, String jobId, String requestId);

  /** The job's state, {@link JobState#UNKNOWN} if the cluster does not know the job. */
  JobState jobState(String cluster, String jobId);

  /** True if the job is RUNNING and none of its vertices is still being scheduled or deployed. */
  boolean tasksRunning(String cluster, String jobId);

  /**
   * Jobs with this name that are not in a terminal state (CREATED, INITIALIZING, RUNNING,
   * RESTARTING, ...): the copies a workflow must never duplicate.
   */
  List<FlinkJob> findRunningJobsByName(String cluster, String name);

  /** The most recently started job with this name, in any state (FAILED included). */
  Optional<FlinkJob> newestJobByName(String cluster, String name);

  /** The newest savepoint the cluster reports for the job (also for a finished job). */
  Optional<SavepointRef> latestSavepoint(String cluster, String jobId);

  /**
   * The newest retained checkpoint of the job: from REST, or, when the JobManager does not answer,
   * from {@code <checkpointDir>/<jobId>/chk-N/_metadata} of the cluster's shared storage.
   */
  Optional<String> latestRetainedCheckpoint(String cluster, String jobId);

  /** Adaptive scheduler: vertex id to the upper bound of its parallelism. */
  Map<String, Integer> resourceRequirements(String cluster, String jobId);

  /** Adaptive scheduler: sets the upper bound of each vertex's parallelism (lower bound 1). */
  void setResourceRequirements(String cluster, String jobId, Map<String, Integer> upperBounds);

  /** Vertex id to its current parallelism. */
  Map<String, Integer> vertexParallelism(String cluster, String jobId);

  /** True if the cluster rescales jobs in place ({@code features.web-rescale} or adaptive). */
  boolean supportsInPlaceRescale(String cluster);
}
