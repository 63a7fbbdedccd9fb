package dev.flotilla.operator.verify;

import dev.flotilla.operator.workflow.WorkflowEngine;
import dev.flotilla.operator.workflow.WorkflowRequest;
import dev.flotilla.store.WorkflowRow;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * {@link RollbackPort} through the workflow engine: plans the inverse ({@link RollbackPlanner}),
 * creates it now and runs it on {@code executor}.
 */
public final class EngineRollback implements RollbackPort {
  private final WorkflowEngine engine;
  private final Executor executor;
  private final RollbackPlanner planner = new RollbackPlanner();

  public EngineRollback(WorkflowEngine engine, Executor executor) {
    this.engine = engine;
    this.executor = executor;
  }

  @Override
  public Optional<String> rollback(String workflowId, String why) {
    Optional<WorkflowRequest> inverse =
        engine.status(workflowId).flatMap(done -> planner.inverse(done, why));
    return inverse.map(
        r -> {
          WorkflowRow row = engine.create(r);
          executor.execute(() -> engine.run(row));
          return row.id();
        });
  }
}
