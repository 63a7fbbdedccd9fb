package dev.flotilla.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Durable memory of what each notification channel sent (table {@code notification_state}). */
public interface NotificationStateStore {

  Optional<NotificationRow> find(String channel, String key);

  /** Inserts or replaces the row of (channel, key). */
  void save(NotificationRow row);

  /** Open rows of a channel whose next reminder is at or before {@code now}, soonest first. */
  List<NotificationRow> remindersDue(String channel, Instant now);

  /** Open rows of a kind, on every channel (e.g. the platform incidents announced as open). */
  List<NotificationRow> open(String kind);

  /** Deletes rows closed before {@code cutoff}; returns how many. */
  int pruneClosedBefore(Instant cutoff);
}
