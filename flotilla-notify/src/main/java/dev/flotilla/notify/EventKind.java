package dev.flotilla.notify;

/** What happened. Each kind belongs to a {@link Phase} that decides how it is de-duplicated. */
public enum EventKind {
  INTERVAL_OPENED(Phase.OPEN),
  INTERVAL_UPDATED(Phase.UPDATE),
  INTERVAL_CLOSED(Phase.CLOSE),
  INCIDENT_OPENED(Phase.OPEN),
  INCIDENT_UPDATED(Phase.UPDATE),
  INCIDENT_RESOLVED(Phase.CLOSE),
  ACTION_PENDING(Phase.ONE_SHOT),
  WORKFLOW_FINISHED(Phase.ONE_SHOT);

  /** How a kind takes part in the life of a key. */
  public enum Phase {
    /** Sent once per key; the key then stays open (reminders) until closed. */
    OPEN,
    /** Sent only when the content of an open key actually changed. */
    UPDATE,
    /** Sent once per key, only for a key that is open. */
    CLOSE,
    /** Sent once per (kind, key); no open/close life. */
    ONE_SHOT
  }

  private final Phase phase;

  EventKind(Phase phase) {
    this.phase = phase;
  }

  public Phase phase() {
    return phase;
  }
}
