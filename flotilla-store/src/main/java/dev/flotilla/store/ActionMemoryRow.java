package dev.flotilla.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One remembered failure: {@code action} (a workflow type) failed verification when it was taken
 * for diagnosis {@code label} on job {@code jobKey}.
 *
 * @param workflowId the workflow whose verification failed
 * @param detail why verification failed, for people
 */
public record ActionMemoryRow(
    String jobKey, String label, String action, Instant at, String workflowId, String detail) {

  public ActionMemoryRow {
    Require.text(jobKey, "action memory jobKey");
    Require.text(label, "action memory label of " + jobKey);
    Require.text(action, "action memory action of " + jobKey);
    Objects.requireNonNull(at, "action memory time of " + jobKey);
    Require.text(workflowId, "action memory workflow of " + jobKey);
    Objects.requireNonNull(detail, "action memory detail of " + jobKey);
  }
}
