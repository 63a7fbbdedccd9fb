package dev.flotilla.app.notify;

import dev.flotilla.notify.EventKind;
import dev.flotilla.notify.NotificationStatePort;
import dev.flotilla.notify.SentState;
import dev.flotilla.notify.Severity;
import dev.flotilla.store.NotificationRow;
import dev.flotilla.store.NotificationStateStore;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The notifier's sent-state memory in the store, so a restart of Flotilla neither re-sends the
 * opens it already sent nor forgets the reminders and resolves it owes.
 */
public final class StoreNotificationState implements NotificationStatePort {
  private final NotificationStateStore store;

  public StoreNotificationState(NotificationStateStore store) {
    this.store = store;
  }

  @Override
  public Optional<SentState> find(String channel, String key) {
    return store.find(channel, key).map(StoreNotificationState::state);
  }

  @Override
  public void save(SentState s) {
    store.save(
        new NotificationRow(
            s.channel(),
            s.key(),
            s.kind().name(),
            s.groupKey(),
            s.jobKey(),
            s.cluster(),
            s.severity().name(),
            s.title(),
            s.fingerprint(),
            s.openedAt(),
            s.remindersSent(),
            s.nextReminderAt(),
            s.closedAt()));
  }

  @Override
  public List<SentState> remindersDue(String channel, Instant now) {
    return store.remindersDue(channel, now).stream().map(StoreNotificationState::state).toList();
  }

  @Override
  public List<SentState> open(EventKind kind) {
    return store.open(kind.name()).stream().map(StoreNotificationState::state).toList();
  }

  @Override
  public int pruneClosedBefore(Instant cutoff) {
    return store.pruneClosedBefore(cutoff);
  }

  private static SentState state(NotificationRow r) {
    return new SentState(
        r.channel(),
        r.key(),
        EventKind.valueOf(r.kind()),
        r.groupKey(),
        r.jobKey(),
        r.cluster(),
        Severity.valueOf(r.severity().toUpperCase(Locale.ROOT)),
        r.title(),
        r.fingerprint(),
        r.openedAt(),
        r.remindersSent(),
        r.nextReminderAt(),
        r.closedAt());
  }
}
