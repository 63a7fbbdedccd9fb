package dev.flotilla.operator.workflow.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.model.JobState;
import dev.flotilla.operator.flink.FlinkActions;
import dev.flotilla.operator.flink.FlinkUnreachableException;
import dev.flotilla.operator.flink.SavepointRef;
import dev.flotilla.operator.flink.SavepointStatus;
import dev.flotilla.operator.workflow.Jsons;
import dev.flotilla.operator.workflow.Step;
import dev.flotilla.operator.workflow.StepContext;
import dev.flotilla.operator.workflow.StepFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Takes a savepoint of the job on its cluster, optionally stopping it. Idempotent: a savepoint
 * taken after the intent was written (by a run that crashed) is reused, and a job already stopped
 * is not stopped again. With {@code fallbackToCheckpoint}, an unreachable JobManager makes it use
 * the newest retained checkpoint instead (result {@code kind=checkpoint}). Stopping a job that
 * cannot take a savepoint — not RUNNING (a failure loop, already failed), tasks not all running (a
 * lost TaskManager), or whose stop-with-savepoint failed — cancels it and uses its newest retained
 * checkpoint, also {@code kind=checkpoint}: the state Flink itself would restore after a failure.
 *
 * <p>Result: {@code path}, {@code kind} (savepoint|checkpoint), {@code jobId}, {@code stoppedAt}.
 */
public final class SavepointStep implements Step {
  private static final Duration SAVEPOINT_WITHIN = Duration.ofSeconds(120);
  private static final Duration STOPPED_WITHIN = Duration.ofSeconds(60);
  private final String name;
  private final boolean stop;

  public SavepointStep(String name, boolean stop) {
    this.name = name;
    this.stop = stop;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ObjectNode intent(StepContext ctx) {
    ObjectNode i = Jsons.object();
    String cluster = ctx.params().cluster();
    i.put("action", stop ? "stop-with-savepoint" : "savepoint");
    i.put("cluster", cluster);
    i.put("jobName", ctx.params().jobName());
    JobLookup.jobId(ctx, cluster).ifPresent(id -> i.put("jobId", id));
    i.put("notBefore", ctx.now().toEpochMilli());
    i.put("fallbackToCheckpoint", stop && ctx.params().fallbackToCheckpoint());
    return i;
  }

  @Override
  public ObjectNode execute(StepContext ctx, JsonNode intent) {
    String cluster = intent.get("cluster").asText();
    String jobId = JobLookup.text(intent, "jobId");
    if (jobId.isEmpty()) {
      throw new StepFailedException(
          "no job " + ctx.params().jobName() + " found on " + cluster + " to savepoint");
    }
    Instant notBefore = Instant.ofEpochMilli(intent.get("notBefore").asLong()).minusSeconds(1);
    FlinkActions flink = ctx.flink();
    try {
      Optional<String> taken = savepoint(ctx, flink, cluster, jobId, notBefore);
      if (taken.isEmpty()) {
        return fromCheckpointOfStoppedJob(ctx, flink, cluster, jobId);
      }
      String path = taken.get();
      if (stop) {
        ctx.await(
            "job " + jobId + " stopped on " + cluster,
            STOPPED_WITHIN,
            () -> Optional.of(flink.jobState(cluster, jobId)).filter(JobState::isTerminal));
      }
      return result(ctx, path, "savepoint", jobId);
    } catch (FlinkUnreachableException e) {
      if (!intent.path("fallbackToCheckpoint").asBoolean(false)) {
        throw e;
      }
      return fromRetainedCheckpoint(
          ctx, flink, cluster, jobId, cluster + " is unreachable and job " + jobId);
    }
  }

  /** The savepoint's path, or empty when stopping a job that is not RUNNING (see class doc). */
  private Optional<String> savepoint(
      StepContext ctx, FlinkActions flink, String cluster, String jobId, Instant notBefore) {
    Optional<SavepointRef> earlier =
        flink.latestSavepoint(cluster, jobId).filter(s -> !s.triggeredAt().isBefore(notBefore));
    JobState state = flink.jobState(cluster, jobId);
    if (earlier.isPresent() && (!stop || state.isTerminal() || state == JobState.UNKNOWN)) {
      return Optional.of(earlier.get().path()); // a crashed run already did it
    }
    if (state != JobState.RUNNING && stop && state != JobState.UNKNOWN) {
      return Optional.empty(); // failing or already stopped: no savepoint can be taken
    }
    if (state == JobState.RUNNING && stop && !flink.tasksRunning(cluster, jobId)) {
      return Optional.empty(); // tasks waiting for slots (a lost TaskManager): none to snapshot
    }
    if (state != JobState.RUNNING) {
      throw new StepFailedException(
          "job "
              + jobId
              + " on "
              + cluster
              + " is "
              + state
              + " and has no savepoint since "
              + notBefore);
    }
    String request =
        stop ? flink.stopWithSavepoint(cluster, jobId) : flink.triggerSavepoint(cluster, jobId);
    SavepointStatus done =
        ctx.await(
            "savepoint " + request + " of " + jobId,
            SAVEPOINT_WITHIN,
            () ->
                Optional.of(flink.savepointStatus(cluster, jobId, request))
                    .filter(s -> s.kind() != SavepointStatus.Kind.PENDING));
    if (done.kind() == SavepointStatus.Kind.FAILED) {
      if (stop) {
        return Optional.empty(); // the job still runs; move it from its checkpoint instead
      }
      throw new StepFailedException(
          "savepoint of " + jobId + " failed: " + done.failure().orElse("?"));
    }
    return Optional.of(done.path().orElseThrow());
  }

  /**
   * A job that is failing (RESTARTING, FAILING, ...) cannot take a savepoint, and one already
   * stopped has none: cancel it if it still runs and use its newest retained checkpoint, the state
   * Flink itself would restore. Idempotent: a resumed run finds the job cancelled.
   */
  private ObjectNode fromCheckpointOfStoppedJob(
      StepContext ctx, FlinkActions flink, String cluster, String jobId) {
    if (!flink.jobState(cluster, jobId).isTerminal()) {
      flink.cancel(cluster, jobId);
      ctx.await(
          "job " + jobId + " cancelled on " + cluster,
          STOPPED_WITHIN,
          () -> Optional.of(flink.jobState(cluster, jobId)).filter(JobState::isTerminal));
    }
    return fromRetainedCheckpoint(
        ctx,
        flink,
        cluster,
        jobId,
        "job " + jobId + " on " + cluster + " could not take a savepoint, and it");
  }

  private ObjectNode fromRetainedCheckpoint(
      StepContext ctx, FlinkActions flink, String cluster, String jobId, String whyNone) {
    Optional<String> retained = flink.latestRetainedCheckpoint(cluster, jobId);
    if (retained.isPresent()) {
      return result(ctx, retained.get(), "checkpoint", jobId);
    }
    // this copy never completed one (e.g. restarted into a cluster without slots): the job's
    // last known good checkpoint, recorded by the loop or by an earlier workflow
    String lastGood =
        ctx.jobs()
            .lastGoodCheckpoint(ctx.jobKey())
            .map(c -> c.path())
            .orElseThrow(
                () ->
                    new StepFailedException(
                        whyNone + " has no retained checkpoint, nor has the job a last good one"));
    return result(ctx, lastGood, "checkpoint", jobId);
  }

  private ObjectNode result(StepContext ctx, String path, String kind, String jobId) {
    ObjectNode r = Jsons.object();
    r.put("path", path);
    r.put("kind", kind);
    r.put("jobId", jobId);
    r.put("stoppedAt", ctx.now().toEpochMilli());
    return r;
  }
}
