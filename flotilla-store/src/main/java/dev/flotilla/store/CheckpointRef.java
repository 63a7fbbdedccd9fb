package dev.flotilla.store;

import java.time.Instant;
import java.util.Objects;

/** A checkpoint or savepoint a job can be restored from, and when it was recorded as good. */
public record CheckpointRef(String jobKey, String path, Instant at) {

  public CheckpointRef {
    Require.text(jobKey, "jobKey");
    Require.text(path, "checkpoint path of " + jobKey);
    Objects.requireNonNull(at);
  }
}
