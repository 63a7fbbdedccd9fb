package dev.flotilla.notify;

import static dev.flotilla.notify.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.model.SettableClock;
import dev.flotilla.notify.webhook.WebhookChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReminderTest {
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
            .reminders(new ReminderSchedule(true, Duration.ofHours(1), 2, Duration.ofHours(24)))
            .build();
    return new Notifier(clock, state, List.of(WebhookChannel.create(settings, clock)));
  }

  /** Ticks once a minute until {@code until}. */
  private void runUntil(Notifier notifier, Instant until) {
    while (clock.instant().isBefore(until)) {
      clock.advance(Duration.ofMinutes(1));
      Events.joinAll(notifier.tick());
    }
  }

  private List<Instant> reminderTimes() {
    return receiver.json().stream()
        .filter(m -> m.path("kind").asText().equals("REMINDER"))
        .map(m -> Instant.parse(m.path("at").asText()))
        .toList();
  }

  @Test
  void tick_openKey_remindsAfter1hThen2hThen4h() {
    Notifier notifier = notifier();
    notifier.submit(Events.interval(EventKind.INTERVAL_OPENED, "orders", Optional.empty()));
    runUntil(notifier, T0.plus(Duration.ofHours(8)));

    Instant openSent = Instant.parse(receiver.json().get(0).path("at").asText());
    assertThat(openSent).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    // due at +1h, +3h, +7h after the open; each waits one grouping window (next minute tick)
    assertThat(reminderTimes())
        .containsExactly(
            openSent.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(1)),
            openSent.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(1)),
            openSent.plus(Duration.ofHours(7)).plus(Duration.ofMinutes(1)));
    JsonNode reminder = receiver.json().get(1);
    assertThat(reminder.path("title").asText()).isEqualTo("Still open: orders is restarting");
    assertThat(reminder.path("summary").asText()).startsWith("Still open since " + openSent);
  }

  @Test
  void tick_afterRestartWithSameState_keepsScheduleAndDoesNotResendOpen() {
    Notifier first = notifier();
    first.submit(Events.interval(EventKind.INTERVAL_OPENED, "orders", Optional.empty()));
    runUntil(first, T0.plus(Duration.ofMinutes(90))); // open + first reminder
    first.close();

    Notifier restarted = notifier();
    restarted.submit(Events.interval(EventKind.INTERVAL_OPENED, "orders", Optional.empty()));
    runUntil(restarted, T0.plus(Duration.ofHours(4)));
    restarted.submit(Events.interval(EventKind.INTERVAL_CLOSED, "orders", Optional.empty()));
    runUntil(restarted, T0.plus(Duration.ofHours(30)));

    assertThat(receiver.json())
        .extracting(m -> m.path("kind").asText())
        .containsExactly("INTERVAL_OPENED", "REMINDER", "REMINDER", "INTERVAL_CLOSED");
  }

  @Test
  void delayAfter_growsByFactorUpToMax() {
    ReminderSchedule schedule =
        new ReminderSchedule(true, Duration.ofHours(1), 2, Duration.ofHours(6));
    assertThat(List.of(0, 1, 2, 3, 10).stream().map(schedule::delayAfter).toList())
        .containsExactly(
            Duration.ofHours(1),
            Duration.ofHours(2),
            Duration.ofHours(4),
            Duration.ofHours(6),
            Duration.ofHours(6));
  }
}
