package dev.flotilla.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one notification channel sent about one key (the notifier's de-duplication memory), as
 * stored. {@code kind} and {@code severity} are the notifier's enum names.
 */
public record NotificationRow(
    String channel,
    String key,
    String kind,
    Optional<String> groupKey,
    String jobKey,
    String cluster,
    String severity,
    String title,
    String fingerprint,
    Instant openedAt,
    int remindersSent,
    Optional<Instant> nextReminderAt,
    Optional<Instant> closedAt) {
  public NotificationRow {
    Require.text(channel, "channel");
    Require.text(key, "key");
    Require.text(kind, "kind");
    Objects.requireNonNull(groupKey, "groupKey");
    Objects.requireNonNull(jobKey, "jobKey");
    Objects.requireNonNull(cluster, "cluster");
    Require.text(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(nextReminderAt, "nextReminderAt");
    Objects.requireNonNull(closedAt, "closedAt");
  }
}
