package dev.flotilla.notify;

import static dev.flotilla.notify.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.model.SettableClock;
import dev.flotilla.notify.webhook.WebhookChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private final Receiver receiver = Receiver.start();
  private final SettableClock clock = new SettableClock(T0);

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void tick_moreGroupsThanTokens_foldsTheRestIntoOneDigestAndLosesNothing() {
    ChannelSettings settings =
        ChannelSettings.builder("ops", receiver.uri("/hook"))
            .rateLimit(RateLimit.perMinute(3))
            .reminders(ReminderSchedule.none())
            .build();
    Notifier notifier =
        new Notifier(
            clock,
            new InMemoryNotificationStatePort(),
            List.of(WebhookChannel.create(settings, clock)));
    List<String> jobs = IntStream.range(0, 15).mapToObj(i -> "job-" + i).toList();

    jobs.subList(0, 10)
        .forEach(
            j ->
                notifier.submit(
                    Events.interval(EventKind.INTERVAL_OPENED, j, Optional.of("cluster:" + j))));
    clock.advance(Duration.ofSeconds(30));
    Events.joinAll(notifier.tick());
    assertThat(receiver.json())
        .extracting(m -> m.path("kind").asText())
        .containsExactlyInAnyOrder("INTERVAL_OPENED", "INTERVAL_OPENED", "DIGEST");
    // messages of one tick are sent concurrently: arrival order is not defined
    assertThat(byKind(receiver.json(), "DIGEST").path("sections")).hasSize(8);

    jobs.subList(10, 15)
        .forEach(
            j ->
                notifier.submit(
                    Events.interval(EventKind.INTERVAL_OPENED, j, Optional.of("cluster:" + j))));
    clock.advance(Duration.ofSeconds(5));
    assertThat(notifier.tick()).isEmpty(); // window not over
    clock.advance(Duration.ofSeconds(25)); // 30 s refilled 1.5 tokens: one digest
    Events.joinAll(notifier.tick());

    List<JsonNode> messages = receiver.json();
    assertThat(messages).hasSize(4);
    assertThat(messages.get(3).path("kind").asText()).isEqualTo("DIGEST");
    assertThat(Events.jobsOfKind(messages, "INTERVAL_OPENED"))
        .containsExactlyInAnyOrderElementsOf(jobs);
    assertThat(notifier.pending()).isZero();
  }

  @Test
  void tick_noTokenLeft_holdsEventsUntilRefill() {
    ChannelSettings settings =
        ChannelSettings.builder("ops", receiver.uri("/hook"))
            .rateLimit(RateLimit.perMinute(1))
            .groupingWindow(Duration.ZERO)
            .reminders(ReminderSchedule.none())
            .build();
    Notifier notifier =
        new Notifier(
            clock,
            new InMemoryNotificationStatePort(),
            List.of(WebhookChannel.create(settings, clock)));
    List<String> sent = new ArrayList<>();
    notifier.submit(Events.interval(EventKind.INTERVAL_OPENED, "a", Optional.empty()));
    Events.joinAll(notifier.tick());
    notifier.submit(Events.interval(EventKind.INTERVAL_OPENED, "b", Optional.empty()));
    notifier.submit(Events.interval(EventKind.INTERVAL_OPENED, "c", Optional.empty()));
    clock.advance(Duration.ofSeconds(20));
    assertThat(notifier.tick()).isEmpty();
    assertThat(notifier.pending()).isEqualTo(2);
    clock.advance(Duration.ofSeconds(40));
    Events.joinAll(notifier.tick());

    receiver.json().forEach(m -> sent.add(m.path("kind").asText()));
    assertThat(sent).containsExactly("INTERVAL_OPENED", "DIGEST");
    assertThat(Events.jobsOfKind(receiver.json(), "INTERVAL_OPENED"))
        .containsExactlyInAnyOrder("a", "b", "c");
  }

  static JsonNode byKind(List<JsonNode> messages, String kind) {
    return messages.stream()
        .filter(m -> m.path("kind").asText().equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " message in " + messages));
  }
}
