package dev.flotilla.notify;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one channel has sent about one key: enough to avoid duplicates after a restart and to send
 * reminders. For one-shot kinds the key is {@code KIND:key} and the state is born closed.
 *
 * @param fingerprint {@link NotificationEvent#fingerprint()} of the content last sent
 * @param openedAt when the open was sent
 * @param nextReminderAt empty when no reminder is planned (closed, or reminders disabled)
 * @param closedAt when the close was sent; empty while the key is open
 */
public record SentState(
    String channel,
    String key,
    EventKind kind,
    Optional<String> groupKey,
    String jobKey,
    String cluster,
    Severity severity,
    String title,
    String fingerprint,
    Instant openedAt,
    int remindersSent,
    Optional<Instant> nextReminderAt,
    Optional<Instant> closedAt) {

  public SentState {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(groupKey, "groupKey");
    Objects.requireNonNull(jobKey, "jobKey");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(openedAt, "openedAt");
    if (remindersSent < 0) {
      throw new IllegalArgumentException("remindersSent must be >= 0 but was " + remindersSent);
    }
    Objects.requireNonNull(nextReminderAt, "nextReminderAt");
    Objects.requireNonNull(closedAt, "closedAt");
  }

  public boolean isOpen() {
    return closedAt.isEmpty();
  }

  public SentState withContent(NotificationEvent event) {
    return new SentState(
        channel,
        key,
        kind,
        groupKey,
        jobKey,
        cluster,
        event.severity(),
        event.title(),
        event.fingerprint(),
        openedAt,
        remindersSent,
        nextReminderAt,
        closedAt);
  }

  public SentState reminded(Instant next) {
    return new SentState(
        channel,
        key,
        kind,
        groupKey,
        jobKey,
        cluster,
        severity,
        title,
        fingerprint,
        openedAt,
        remindersSent + 1,
        Optional.ofNullable(next),
        closedAt);
  }

  public SentState closed(Instant at) {
    return new SentState(
        channel,
        key,
        kind,
        groupKey,
        jobKey,
        cluster,
        severity,
        title,
        fingerprint,
        openedAt,
        remindersSent,
        Optional.empty(),
        Optional.of(at));
  }
}
