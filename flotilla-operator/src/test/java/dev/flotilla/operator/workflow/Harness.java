package dev.flotilla.operator.workflow;

import dev.flotilla.model.SettableClock;
import dev.flotilla.operator.flink.FakeFlinkActions;
import dev.flotilla.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A SQLite store in a temp dir, a settable clock, a fake Flink with clusters a and b. */
final class Harness implements AutoCloseable {
  static final String JOB = "orders";
  final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
  final FakeFlinkActions flink = new FakeFlinkActions(clock, "a", "b");
  final Store store;

  Harness(Path dir) {
    store =
        Store.open("jdbc:sqlite:" + dir.resolve("ops.db"), Optional.empty(), Optional.empty(), 1);
  }

  WorkflowEngine engine(String owner, StepListener listener) {
    return new WorkflowEngine(
        store,
        flink,
        clock,
        clock::advance,
        new EngineOptions(owner, Duration.ofSeconds(30), Duration.ofMillis(250)),
        listener);
  }

  WorkflowEngine engine(String owner) {
    return engine(owner, StepListener.none());
  }

  static Deployment deployment() {
    return new Deployment(
        "/jobs/orders.jar", "com.example.Orders", List.of("--name", JOB), 2, java.util.Map.of());
  }

  static WorkflowParams params() {
    return WorkflowParams.of("a", JOB).withDeployment(deployment());
  }

  static WorkflowRequest request(WorkflowType type, WorkflowParams params) {
    return new WorkflowRequest(type, JOB, params, "alice", "test");
  }

  /** A listener that "crashes" the process at one step event. */
  static StepListener crashAt(int index, StepListener.Event event) {
    return (w, i, n, e) -> {
      if (i == index && e == event) {
        throw new Crash(n + " " + e);
      }
    };
  }

  /** Stands for kill -9: not a RuntimeException, so the engine cannot catch and record it. */
  static final class Crash extends Error {
    Crash(String where) {
      super("crash at " + where);
    }
  }

  @Override
  public void close() {
    store.close();
  }
}
