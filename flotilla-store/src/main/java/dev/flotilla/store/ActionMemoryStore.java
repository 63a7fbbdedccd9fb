package dev.flotilla.store;

import java.util.List;
import java.util.Optional;

/**
 * The self-healing policy's memory of actions that failed verification, per job, diagnosis label
 * and action. Visible ({@link #list}) and resettable ({@link #reset}) by people.
 */
public interface ActionMemoryStore {

  /** Records (or refreshes) one failure; one row per job, label and action. */
  void remember(ActionMemoryRow row);

  /** Remembered failures, optionally of one job, ordered by job, label, action. */
  List<ActionMemoryRow> list(Optional<String> jobKey);

  /** Forgets a job's failures (only those of {@code label} when given); returns how many. */
  int reset(String jobKey, Optional<String> label);
}
