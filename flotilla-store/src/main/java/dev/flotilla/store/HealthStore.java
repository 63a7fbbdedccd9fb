package dev.flotilla.store;

import java.time.Instant;
import java.util.List;

/** Health score history: written only when a job's score changes. */
public interface HealthStore {
  void append(List<HealthRow> rows);

  /** The latest score of every job that has one. */
  List<HealthRow> latestPerJob();

  /** One job's scores with {@code from <= at < to}, oldest first. */
  List<HealthRow> history(String jobKey, Instant from, Instant to);
}
