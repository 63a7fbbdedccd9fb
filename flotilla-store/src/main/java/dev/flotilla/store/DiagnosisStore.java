package dev.flotilla.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The adviser's diagnoses, append-only. */
public interface DiagnosisStore {

  /** Appends all rows in one transaction. */
  void append(List<DiagnosisRow> rows);

  /** The newest diagnosis of one job. */
  Optional<DiagnosisRow> latest(String jobKey);

  /** The newest diagnosis of every job that has one, ordered by job key. */
  List<DiagnosisRow> latestPerJob();

  /** Diagnoses of one job with {@code from <= at < to}, oldest first. */
  List<DiagnosisRow> list(String jobKey, Instant from, Instant to);
}
