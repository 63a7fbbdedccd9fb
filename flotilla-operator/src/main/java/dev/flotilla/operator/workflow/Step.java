package dev.flotilla.operator.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of a workflow. The engine stores {@link #intent} before calling {@link #execute}, and
 * the result after. {@code execute} must be idempotent: after a crash it runs again with the stored
 * intent, so it first looks at the world (is the job already stopped? is a copy already running?)
 * and only acts for what is still missing.
 */
public interface Step {

  /** Unique within its workflow; stored with the step. */
  String name();

  /** What the step is about to do, from the parameters and earlier results; reads only. */
  ObjectNode intent(StepContext ctx);

  /**
   * Does it (or finds it already done) and returns the result. Throws {@link StepFailedException}
   * (or any runtime exception) when it cannot.
   */
  ObjectNode execute(StepContext ctx, JsonNode intent);
}
