package dev.flotilla.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable memory of what each channel sent, so a restart neither re-sends opens nor forgets
 * reminders. The store implements it; {@link InMemoryNotificationStatePort} serves tests and
 * single-process use.
 */
public interface NotificationStatePort {

  Optional<SentState> find(String channel, String key);

  /** Inserts or replaces the state of (channel, key). */
  void save(SentState state);

  /** Open states of a channel whose next reminder is at or before {@code now}. */
  List<SentState> remindersDue(String channel, Instant now);

  /** Open states of one kind on every channel (e.g. incidents announced as open). */
  List<SentState> open(EventKind kind);

  /** Forgets closed states closed before {@code cutoff}; returns how many were removed. */
  int pruneClosedBefore(Instant cutoff);
}
