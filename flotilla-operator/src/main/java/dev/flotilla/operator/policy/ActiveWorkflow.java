package dev.flotilla.operator.policy;

import java.util.Objects;

/**
 * A workflow that holds its job now (PENDING, AWAITING_APPROVAL or RUNNING).
 *
 * @param running false while it only waits for approval (it holds the job but no action slot)
 */
public record ActiveWorkflow(String id, String jobKey, String cluster, boolean running) {
  public ActiveWorkflow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(jobKey, "jobKey of workflow " + id);
    Objects.requireNonNull(cluster, "cluster of workflow " + id);
  }
}
