package dev.flotilla.sim;

import dev.flotilla.model.CheckpointSummary;
import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.ExceptionRecord;
import dev.flotilla.model.JobMetrics;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.VertexObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Converts the simulator's state straight into observations, without HTTP: what a perfect collector
 * would see polling every cluster at {@code at}. For in-process tests of the SLA engine.
 */
public final class SimObservations {
  private final SimScenario scenario;

  public SimObservations(SimScenario scenario) {
    this.scenario = scenario;
  }

  /** One snapshot per cluster; an outage gives an unreachable cluster with no jobs. */
  public List<ClusterSnapshot> snapshots(Instant at) {
    List<ClusterSnapshot> out = new ArrayList<>();
    for (SimCluster c : scenario.clusters()) {
      if (scenario.outageAt(c.name(), at).isPresent()) {
        out.add(
            new ClusterSnapshot(
                ClusterObservation.unreachable(
                    c.name(), at, "Connection refused", Duration.ofMillis(1)),
                List.of()));
        continue;
      }
      List<JobObservation> jobs = new ArrayList<>(c.jobs().size());
      int slots = 0;
      for (SimJob j : c.jobs()) {
        JobView v = scenario.model().view(j, at);
        jobs.add(observe(v));
        slots += v.state() == JobState.RUNNING ? j.parallelism() : 0;
      }
      int total = Math.max(slots, c.taskManagers() * 64);
      ClusterObservation co =
          new ClusterObservation(
              c.name(),
              at,
              true,
              Optional.empty(),
              Optional.of(c.flinkVersion()),
              OptionalInt.of(c.taskManagers()),
              OptionalInt.of(total),
              OptionalInt.of(total - slots),
              List.of(),
              Duration.ofMillis(2));
      out.add(new ClusterSnapshot(co, jobs));
    }
    return out;
  }

  /** The observation of one job view, with details. */
  public static JobObservation observe(JobView v) {
    SimJob j = v.job();
    boolean running = v.state() == JobState.RUNNING;
    JobMetrics metrics =
        new JobMetrics(
            OptionalLong.of(v.numRestarts()),
            OptionalLong.of(running ? Duration.between(v.startTime(), v.at()).toMillis() : 0),
            OptionalLong.empty(),
            OptionalLong.of(0),
            OptionalLong.of(v.completedCheckpoints()),
            OptionalLong.of(150),
            OptionalDouble.empty());
    CheckpointSummary ck =
        new CheckpointSummary(
            OptionalLong.of(v.completedCheckpoints()),
            OptionalLong.of(0),
            OptionalLong.of(0),
            Optional.of(v.latestCheckpointAt()),
            OptionalLong.of(150),
            OptionalLong.of(7_168),
            Optional.of(
                "file:///sim/checkpoints/" + j.jobId() + "/chk-" + v.completedCheckpoints()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    List<VertexObservation> vertices = new ArrayList<>();
    for (int i = 0; i < j.vertexIds().size(); i++) {
      vertices.add(
          new VertexObservation(
              j.vertexIds().get(i),
              i == 0 ? "Source: datagen" : "counter -> sink: Writer",
              j.parallelism(),
              v.state().name(),
              Optional.of("ok"),
              OptionalDouble.of(0.0),
              OptionalDouble.of(0.1),
              OptionalDouble.of(0.0),
              OptionalLong.empty(),
              OptionalLong.empty()));
    }
    List<ExceptionRecord> ex = new ArrayList<>();
    for (SimException e : v.exceptions()) {
      ex.add(
          new ExceptionRecord(
              Optional.of(e.at()),
              e.exceptionName(),
              e.stacktrace(),
              e.taskName(),
              Optional.of(e.endpoint())));
    }
    return new JobObservation(
        j.cluster(),
        j.jobId(),
        j.name(),
        v.state(),
        v.at(),
        Optional.of(v.startTime()),
        Optional.empty(),
        v.tasks(),
        OptionalInt.of(j.parallelism()),
        true,
        metrics,
        ck,
        vertices,
        ex);
  }
}
