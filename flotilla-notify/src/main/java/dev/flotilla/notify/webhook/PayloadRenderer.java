package dev.flotilla.notify.webhook;

import dev.flotilla.notify.Message;

/** Renders a message into the exact bytes that are sent (and signed). */
public interface PayloadRenderer {
  byte[] render(Message message);
}
