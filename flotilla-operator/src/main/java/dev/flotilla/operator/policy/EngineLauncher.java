package dev.flotilla.operator.policy;

import dev.flotilla.operator.workflow.WorkflowEngine;
import dev.flotilla.operator.workflow.WorkflowRequest;
import dev.flotilla.store.WorkflowRow;
import java.util.concurrent.Executor;

/**
 * {@link WorkflowLauncher} over the engine: creates the workflow (its row and lease) now, runs it
 * on {@code executor} (a direct executor runs it to its end before returning). If this process dies
 * mid-run, {@link WorkflowEngine#resumeAbandoned} continues it.
 */
public final class EngineLauncher implements WorkflowLauncher {
  private final WorkflowEngine engine;
  private final Executor executor;

  public EngineLauncher(WorkflowEngine engine, Executor executor) {
    this.engine = engine;
    this.executor = executor;
  }

  @Override
  public String launch(WorkflowRequest request) {
    if (request.dryRun()) {
      return engine.start(request);
    }
    WorkflowRow row = engine.create(request);
    executor.execute(() -> engine.run(row));
    return row.id();
  }
}
