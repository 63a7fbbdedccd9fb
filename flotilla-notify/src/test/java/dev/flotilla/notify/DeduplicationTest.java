package dev.flotilla.notify;

import static dev.flotilla.notify.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.model.SettableClock;
import dev.flotilla.notify.webhook.WebhookChannel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeduplicationTest {
  private static final List<String> JOBS = List.of("orders", "payments", "clicks");
  private final Receiver receiver = Receiver.start();
  private final SettableClock clock = new SettableClock(T0);
  private final InMemoryNotificationStatePort state = new InMemoryNotificationStatePort();

  @AfterEach
  void stop() {
    receiver.close();
  }

  private Notifier notifier() {
    ChannelSettings settings =
        ChannelSettings.builder("ops", receiver.uri("/hook"))
            .rateLimit(RateLimit.perMinute(100))
            .reminders(ReminderSchedule.none())
            .build();
    return new Notifier(clock, state, List.of(WebhookChannel.create(settings, clock)));
  }

  private List<DeliveryResult> afterWindow(Notifier notifier) {
    clock.advance(Duration.ofSeconds(31));
    return Events.joinAll(notifier.tick());
  }

  @Test
  void submit_intervalWithNoOpUpdatesAndDuplicates_sendsOneOpenAndOneResolvePerJob() {
    Notifier notifier = notifier();
    JOBS.forEach(
        j -> notifier.submit(Events.interval(EventKind.INTERVAL_OPENED, j, Optional.empty())));
    afterWindow(notifier);
    for (int round = 0; round < 3; round++) { // same content again: nothing to say
      JOBS.forEach(
          j -> notifier.submit(Events.interval(EventKind.INTERVAL_UPDATED, j, Optional.empty())));
      JOBS.forEach(
          j -> notifier.submit(Events.interval(EventKind.INTERVAL_OPENED, j, Optional.empty())));
      afterWindow(notifier);
    }
    JOBS.forEach(
        j -> notifier.submit(Events.interval(EventKind.INTERVAL_CLOSED, j, Optional.empty())));
    JOBS.forEach(
        j -> notifier.submit(Events.interval(EventKind.INTERVAL_CLOSED, j, Optional.empty())));
    afterWindow(notifier);
    JOBS.forEach(
        j -> notifier.submit(Events.interval(EventKind.INTERVAL_CLOSED, j, Optional.empty())));
    afterWindow(notifier);

    List<JsonNode> messages = receiver.json();
    assertThat(messages).hasSize(6);
    assertThat(Events.jobsOfKind(messages, "INTERVAL_OPENED"))
        .containsExactlyInAnyOrderElementsOf(JOBS);
    assertThat(Events.jobsOfKind(messages, "INTERVAL_CLOSED"))
        .containsExactlyInAnyOrderElementsOf(JOBS);
    assertThat(Events.jobsOfKind(messages, "INTERVAL_UPDATED")).isEmpty();
  }

  @Test
  void submit_updateWithChangedSummary_sendsOneUpdate() {
    Notifier notifier = notifier();
    notifier.submit(Events.interval(EventKind.INTERVAL_OPENED, "orders", Optional.empty()));
    afterWindow(notifier);
    NotificationEvent changed =
        Events.event(
            EventKind.INTERVAL_UPDATED,
            "orders",
            Optional.empty(),
            Severity.CRITICAL,
            "orders is restarting",
            "restarts: 9");
    notifier.submit(changed);
    notifier.submit(changed);
    afterWindow(notifier);
    notifier.submit(changed);
    afterWindow(notifier);

    List<JsonNode> messages = receiver.json();
    assertThat(messages)
        .extracting(m -> m.path("kind").asText())
        .containsExactly("INTERVAL_OPENED", "INTERVAL_UPDATED");
    assertThat(messages.get(1).path("summary").asText()).isEqualTo("restarts: 9");
  }

  @Test
  void submit_openAndCloseInsideOneWindow_sendsSingleOpenedAndRecoveredLine() {
    Notifier notifier = notifier();
    notifier.submit(Events.interval(EventKind.INTERVAL_OPENED, "orders", Optional.empty()));
    clock.advance(Duration.ofSeconds(10));
    notifier.submit(Events.interval(EventKind.INTERVAL_CLOSED, "orders", Optional.empty()));
    afterWindow(notifier);
    notifier.submit(Events.interval(EventKind.INTERVAL_OPENED, "orders", Optional.empty()));
    afterWindow(notifier);

    List<JsonNode> messages = receiver.json();
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).path("kind").asText()).isEqualTo("INTERVAL_CLOSED");
    assertThat(messages.get(0).path("title").asText()).startsWith("Opened and recovered: ");
    assertThat(messages.get(0).path("items").get(0).path("status").asText())
        .isEqualTo("OPENED_AND_RECOVERED");
  }

  @Test
  void submit_belowMinimumSeverity_sendsNeitherOpenNorClose() {
    Notifier notifier = notifier();
    notifier.submit(
        Events.event(
            EventKind.INTERVAL_OPENED,
            "orders",
            Optional.empty(),
            Severity.INFO,
            "orders is slow",
            "lag 10s"));
    afterWindow(notifier);
    notifier.submit(Events.interval(EventKind.INTERVAL_CLOSED, "orders", Optional.empty()));
    afterWindow(notifier);

    assertThat(receiver.requests()).isEmpty();
  }

  @Test
  void submit_afterRestartWithSameState_doesNotResendOpens() {
    Notifier first = notifier();
    JOBS.forEach(
        j -> first.submit(Events.interval(EventKind.INTERVAL_OPENED, j, Optional.empty())));
    afterWindow(first);
    first.close();

    Notifier restarted = notifier();
    JOBS.forEach(
        j -> restarted.submit(Events.interval(EventKind.INTERVAL_OPENED, j, Optional.empty())));
    afterWindow(restarted);
    JOBS.forEach(
        j -> restarted.submit(Events.interval(EventKind.INTERVAL_CLOSED, j, Optional.empty())));
    afterWindow(restarted);

    List<JsonNode> messages = receiver.json();
    assertThat(Events.jobsOfKind(messages, "INTERVAL_OPENED"))
        .containsExactlyInAnyOrderElementsOf(JOBS);
    assertThat(Events.jobsOfKind(messages, "INTERVAL_CLOSED"))
        .containsExactlyInAnyOrderElementsOf(JOBS);
    assertThat(messages).hasSize(6);
  }

  @Test
  void submit_oneShotEventTwice_sendsItOnce() {
    Notifier notifier = notifier();
    NotificationEvent pending =
        Events.event(
            EventKind.ACTION_PENDING,
            "orders",
            Optional.empty(),
            Severity.WARNING,
            "Restart of orders awaits approval",
            "P0 job: approval required");
    notifier.submit(pending);
    afterWindow(notifier);
    notifier.submit(pending);
    afterWindow(notifier);

    assertThat(receiver.json())
        .extracting(m -> m.path("kind").asText())
        .containsExactly("ACTION_PENDING");
  }
}
