package dev.flotilla.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Current state of every job, written once per collector cycle. */
public interface JobStore {

  /**
   * Writes the rows whose content changed since the store last saw them (ignoring {@code
   * observedAt}), in one transaction with JDBC batching. Either all changed rows are written or, on
   * any failure, none.
   *
   * @return how many rows were inserted or updated
   */
  int upsertAll(List<JobRow> rows);

  Optional<JobRow> get(String jobKey);

  /** Jobs matching {@code filter}, ordered by job key. */
  List<JobRow> list(JobFilter filter);

  /** Remembers {@code path} as the newest checkpoint the job is known to restore from. */
  void recordLastGoodCheckpoint(String jobKey, String path, Instant at);

  Optional<CheckpointRef> lastGoodCheckpoint(String jobKey);
}
