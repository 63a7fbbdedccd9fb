package dev.flotilla.notify;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How one message delivery ended.
 *
 * @param lastStatus HTTP status of the last attempt; empty when it failed before a response
 * @param detail short human-readable outcome (never secrets or full URLs)
 */
public record DeliveryResult(
    String channel, boolean delivered, int attempts, OptionalInt lastStatus, String detail) {

  public DeliveryResult {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(lastStatus, "lastStatus");
    Objects.requireNonNull(detail, "detail");
  }
}
