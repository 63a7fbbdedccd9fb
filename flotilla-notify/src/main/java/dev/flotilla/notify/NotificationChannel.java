package dev.flotilla.notify;

import java.util.concurrent.CompletableFuture;

/** Where messages go. {@link #send} must not block: retries happen behind the future. */
public interface NotificationChannel {

  ChannelSettings settings();

  CompletableFuture<DeliveryResult> send(Message message);
}
