package dev.flotilla.notify;

import static dev.flotilla.notify.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flotilla.model.SettableClock;
import dev.flotilla.notify.webhook.WebhookChannel;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotifierLifecycleTest {
  private final Receiver receiver = Receiver.start();

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void start_withExecutor_sendsWithoutManualTicks() throws InterruptedException {
    Clock clock = Clock.systemUTC();
    ChannelSettings settings =
        ChannelSettings.builder("ops", receiver.uri("/hook")).groupingWindow(Duration.ZERO).build();
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    try (Notifier notifier =
        new Notifier(
            clock,
            new InMemoryNotificationStatePort(),
            List.of(WebhookChannel.create(settings, clock)))) {
      notifier.start(executor, Duration.ofMillis(20));
      notifier.submit(Events.interval(EventKind.INTERVAL_OPENED, "orders", Optional.empty()));
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (receiver.requests().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    } finally {
      executor.shutdownNow();
    }
    assertThat(receiver.json())
        .extracting(m -> m.path("jobs").get(0).asText())
        .containsExactly("orders");
  }

  @Test
  void close_withPendingEvents_sendsThemAtOnce() throws InterruptedException {
    SettableClock clock = new SettableClock(T0);
    ChannelSettings settings = ChannelSettings.builder("ops", receiver.uri("/hook")).build();
    Notifier notifier =
        new Notifier(
            clock,
            new InMemoryNotificationStatePort(),
            List.of(WebhookChannel.create(settings, clock)));
    notifier.submit(Events.interval(EventKind.INTERVAL_OPENED, "orders", Optional.empty()));

    notifier.close();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (receiver.requests().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }

    assertThat(receiver.requests()).hasSize(1);
    assertThat(notifier.pending()).isZero();
  }

  @Test
  void constructor_duplicateChannelNames_isRejected() {
    SettableClock clock = new SettableClock(T0);
    ChannelSettings settings =
        ChannelSettings.builder("ops", URI.create("http://127.0.0.1:9/x")).build();
    List<WebhookChannel> twice =
        List.of(WebhookChannel.create(settings, clock), WebhookChannel.create(settings, clock));

    assertThatThrownBy(() -> new Notifier(clock, new InMemoryNotificationStatePort(), twice))
        .hasMessageContaining("'ops' is used twice");
  }
}
