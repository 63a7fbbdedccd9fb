/**
 * Notifications without alert storms. Engines {@link dev.flotilla.notify.Notifier#submit submit}
 * {@link dev.flotilla.notify.NotificationEvent}s; the notifier de-duplicates them per key, groups
 * them per group key inside a grouping window, sends reminders with back-off while a key stays
 * open, and rate-limits each channel (excess is folded into a digest, never dropped). What was sent
 * lives behind {@link dev.flotilla.notify.NotificationStatePort} so a restart does not re-send.
 */
package dev.flotilla.notify;
