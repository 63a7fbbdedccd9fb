package dev.flotilla.notify;

import java.util.Objects;

/** One line of an outgoing message: the event it stands for and what is being said about it. */
public record MessageItem(NotificationEvent event, Status status) {

  /** What a message says about one key. */
  public enum Status {
    OPENED,
    UPDATED,
    CLOSED,
    /** Opened and closed before the open could be sent: one line instead of two messages. */
    OPENED_AND_RECOVERED,
    REMINDER,
    EVENT
  }

  public MessageItem {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(status, "status");
  }

  public String key() {
    return event.key();
  }

  public String label() {
    return event.label();
  }
}
