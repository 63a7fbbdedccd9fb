package dev.flotilla.sla;

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
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Test builder for observations. */
public final class Obs {
  public static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

  String cluster = "c1";
  String name = "job";
  JobState state = JobState.RUNNING;
  Instant at = T0.plusSeconds(30);
  Optional<Instant> start = Optional.of(T0.minus(Duration.ofHours(1)));
  Map<String, Integer> tasks = Map.of("running", 2);
  OptionalLong restarts = OptionalLong.of(0);
  OptionalLong failedCheckpoints = OptionalLong.empty();
  OptionalDouble lag = OptionalDouble.empty();
  OptionalLong restartingMs = OptionalLong.empty();
  CheckpointSummary checkpoints = CheckpointSummary.notObserved();
  List<VertexObservation> vertices = new ArrayList<>();
  List<ExceptionRecord> exceptions = new ArrayList<>();

  public static Obs running() {
    return new Obs();
  }

  public static Obs of(JobState s) {
    Obs o = new Obs();
    o.state = s;
    return o;
  }

  public Obs state(JobState s) {
    state = s;
    return this;
  }

  public Obs at(Instant t) {
    at = t;
    return this;
  }

  public Obs name(String n) {
    name = n;
    return this;
  }

  public Obs cluster(String c) {
    cluster = c;
    return this;
  }

  public Obs tasks(Map<String, Integer> t) {
    tasks = t;
    return this;
  }

  public Obs start(Instant s) {
    start = Optional.of(s);
    return this;
  }

  public Obs restarts(long n) {
    restarts = OptionalLong.of(n);
    return this;
  }

  public Obs failedCheckpoints(long n) {
    failedCheckpoints = OptionalLong.of(n);
    return this;
  }

  public Obs lag(double l) {
    lag = OptionalDouble.of(l);
    return this;
  }

  public Obs restartingFor(Duration d) {
    restartingMs = OptionalLong.of(d.toMillis());
    return this;
  }

  public Obs latestCheckpoint(Instant completedAt) {
    checkpoints =
        new CheckpointSummary(
            OptionalLong.of(10),
            OptionalLong.of(0),
            OptionalLong.of(0),
            Optional.of(completedAt),
            OptionalLong.of(100),
            OptionalLong.of(1000),
            Optional.of("file:///chk-10"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    return this;
  }

  public Obs backpressure(String level) {
    vertices.add(
        new VertexObservation(
            "v1",
            "Source: datagen",
            2,
            "RUNNING",
            Optional.of(level),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalLong.empty(),
            OptionalLong.empty()));
    return this;
  }

  /** Adds an exception; call newest first. */
  public Obs exception(Instant ts, String name, String firstLine) {
    exceptions.add(
        new ExceptionRecord(
            Optional.of(ts),
            name,
            firstLine + "\n\tat x.Y.z(Y.java:1)",
            Optional.empty(),
            Optional.empty()));
    return this;
  }

  public JobObservation build() {
    JobMetrics m =
        new JobMetrics(
            restarts,
            OptionalLong.of(3_600_000),
            restartingMs,
            failedCheckpoints,
            OptionalLong.empty(),
            OptionalLong.empty(),
            lag);
    return new JobObservation(
        cluster,
        "jid-" + name,
        name,
        state,
        at,
        start,
        Optional.empty(),
        tasks,
        OptionalInt.of(2),
        true,
        m,
        checkpoints,
        vertices,
        exceptions);
  }

  public static ClusterObservation cluster(String name, Instant at) {
    return new ClusterObservation(
        name,
        at,
        true,
        Optional.empty(),
        Optional.of("2.3.0"),
        OptionalInt.of(1),
        OptionalInt.of(4),
        OptionalInt.of(0),
        List.of(),
        Duration.ofMillis(5));
  }

  public static ClusterSnapshot snapshot(String cluster, Instant at, JobObservation... jobs) {
    return new ClusterSnapshot(cluster(cluster, at), List.of(jobs));
  }

  public static ClusterSnapshot unreachable(String cluster, Instant at) {
    return new ClusterSnapshot(
        ClusterObservation.unreachable(cluster, at, "Connection refused", Duration.ofMillis(3)),
        List.of());
  }
}
