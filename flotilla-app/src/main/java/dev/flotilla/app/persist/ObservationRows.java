package dev.flotilla.app.persist;

import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.ExceptionRecord;
import dev.flotilla.model.JobObservation;
import dev.flotilla.sla.JobContext;
import dev.flotilla.store.ClusterRow;
import dev.flotilla.store.JobRow;
import java.net.URI;
import java.util.Optional;

/** Maps what was observed to the rows the store keeps as "current state". */
public final class ObservationRows {
  private ObservationRows() {}

  public static ClusterRow cluster(ClusterObservation o, URI restUrl, Optional<String> zone) {
    return new ClusterRow(
        o.cluster(),
        restUrl.toString(),
        o.flinkVersion(),
        zone,
        o.reachable(),
        o.error(),
        o.observedAt(),
        o.taskManagers(),
        o.slotsTotal(),
        o.slotsAvailable());
  }

  /**
   * The current-state row of a job. Checkpoint and restart fields are only known when details were
   * fetched; otherwise {@code previous} keeps what was known, so an overview-only poll does not
   * erase them.
   */
  public static JobRow job(JobContext ctx, JobObservation o, Optional<JobRow> previous) {
    boolean detailed = o.detailed();
    return new JobRow(
        ctx.jobKey(),
        o.cluster(),
        o.jobId().isEmpty() ? Optional.empty() : Optional.of(o.jobId()),
        o.name(),
        ctx.tier(),
        ctx.owner(),
        ctx.managed(),
        o.state(),
        o.observedAt(),
        detailed
            ? o.exceptions().stream().findFirst().map(ExceptionRecord::firstLine)
            : previous.flatMap(JobRow::lastException),
        detailed ? o.checkpoints().latestCompletedAt() : previous.flatMap(JobRow::checkpointAt),
        detailed ? o.checkpoints().latestCompletedPath() : previous.flatMap(JobRow::checkpointPath),
        detailed
            ? o.metrics().numRestarts()
            : previous.map(JobRow::restarts).orElse(o.metrics().numRestarts()),
        o.parallelism().isPresent()
            ? o.parallelism()
            : previous.map(JobRow::parallelism).orElse(o.parallelism()));
  }
}
