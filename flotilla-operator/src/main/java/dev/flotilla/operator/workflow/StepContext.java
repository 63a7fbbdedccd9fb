package dev.flotilla.operator.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.operator.flink.FlinkActions;
import dev.flotilla.store.JobStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a step sees: the workflow's parameters, Flink, the job store, time, and the intents and
 * results of earlier steps (reloaded from the store after a crash).
 */
public final class StepContext {
  private final String workflowId;
  private final String jobKey;
  private final WorkflowType type;
  private final WorkflowParams params;
  private final FlinkActions flink;
  private final JobStore jobs;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration pollEvery;
  private final Runnable heartbeat;
  private final Map<String, JsonNode> intents = new HashMap<>();
  private final Map<String, JsonNode> results = new HashMap<>();

  StepContext(
      String workflowId,
      String jobKey,
      WorkflowType type,
      WorkflowParams params,
      FlinkActions flink,
      JobStore jobs,
      Clock clock,
      Sleeper sleeper,
      Duration pollEvery,
      Runnable heartbeat) {
    this.workflowId = workflowId;
    this.jobKey = jobKey;
    this.type = type;
    this.params = params;
    this.flink = flink;
    this.jobs = jobs;
    this.clock = clock;
    this.sleeper = sleeper;
    this.pollEvery = pollEvery;
    this.heartbeat = heartbeat;
  }

  public String workflowId() {
    return workflowId;
  }

  public String jobKey() {
    return jobKey;
  }

  public WorkflowType type() {
    return type;
  }

  public WorkflowParams params() {
    return params;
  }

  public FlinkActions flink() {
    return flink;
  }

  public JobStore jobs() {
    return jobs;
  }

  public Instant now() {
    return clock.instant();
  }

  public boolean dryRun() {
    return params.dryRun();
  }

  void remember(String step, JsonNode intent, Optional<JsonNode> result) {
    intents.put(step, intent);
    result.ifPresent(r -> results.put(step, r));
  }

  public Optional<JsonNode> intentOf(String step) {
    return Optional.ofNullable(intents.get(step));
  }

  public Optional<JsonNode> resultOf(String step) {
    return Optional.ofNullable(results.get(step));
  }

  /**
   * A text field of an earlier step's result; in a dry run, where nothing ran, a placeholder such
   * as {@code <stop-with-savepoint.path>}.
   */
  public String resultText(String step, String field) {
    JsonNode r = results.get(step);
    if (r != null && r.hasNonNull(field)) {
      return r.get(field).asText();
    }
    if (dryRun()) {
      return "<" + step + "." + field + ">";
    }
    throw new IllegalStateException(
        "workflow " + workflowId + ": step " + step + " has no result field '" + field + "'");
  }

  /** Extends the lease; throws {@link LeaseLostException} if another run took over. */
  public void heartbeat() {
    heartbeat.run();
  }

  /**
   * Polls {@code probe} (heart-beating) until it gives a value or {@code within} has passed on the
   * clock; then fails the step with "{@code what} not within ...".
   */
  public <T> T await(String what, Duration within, Supplier<Optional<T>> probe) {
    Instant deadline = clock.instant().plus(within);
    while (true) {
      heartbeat();
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (clock.instant().isAfter(deadline)) {
        throw new StepFailedException(what + " not within " + within.toMillis() + " ms");
      }
      sleeper.sleep(pollEvery);
    }
  }
}
