package dev.flotilla.notify;

import static dev.flotilla.notify.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.model.SettableClock;
import dev.flotilla.notify.webhook.WebhookChannel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FleetIncidentTest {
  private final Receiver receiver = Receiver.start();
  private final SettableClock clock = new SettableClock(T0);

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void submit_fleetWideIncidentOf500Jobs_sendsOneGroupedOpenAndOneGroupedResolve() {
    ChannelSettings settings =
        ChannelSettings.builder("ops", receiver.uri("/hook?token=abc")).secret("s3cret").build();
    Notifier notifier =
        new Notifier(
            clock,
            new InMemoryNotificationStatePort(),
            List.of(WebhookChannel.create(settings, clock)));
    List<String> jobs = IntStream.range(0, 500).mapToObj(i -> "job-" + i).toList();
    Optional<String> incident = Optional.of("platform-incident-42");

    for (String job : jobs) { // 500 opens over 5 seconds
      notifier.submit(Events.interval(EventKind.INTERVAL_OPENED, job, incident));
      clock.advance(Duration.ofMillis(10));
    }
    assertThat(notifier.tick()).isEmpty(); // still inside the grouping window
    clock.advance(Duration.ofSeconds(30));
    Events.joinAll(notifier.tick());
    clock.advance(Duration.ofMinutes(5));
    for (String job : jobs) {
      notifier.submit(Events.interval(EventKind.INTERVAL_CLOSED, job, incident));
      clock.advance(Duration.ofMillis(10));
    }
    clock.advance(Duration.ofSeconds(30));
    List<DeliveryResult> results = Events.joinAll(notifier.tick());

    List<JsonNode> messages = receiver.json();
    assertThat(messages).hasSizeLessThanOrEqualTo(5);
    assertThat(messages).hasSize(2);
    assertThat(results).allMatch(DeliveryResult::delivered);
    assertThat(Events.jobsOfKind(messages, "INTERVAL_OPENED"))
        .containsExactlyInAnyOrderElementsOf(jobs);
    assertThat(Events.jobsOfKind(messages, "INTERVAL_CLOSED"))
        .containsExactlyInAnyOrderElementsOf(jobs);
    JsonNode opened = messages.get(0);
    assertThat(opened.path("group").asText()).isEqualTo("platform-incident-42");
    assertThat(opened.path("count").asInt()).isEqualTo(500);
    assertThat(opened.path("title").asText())
        .isEqualTo("500 jobs entered an exception interval (platform-incident-42)");
    assertThat(opened.path("summary").asText()).contains("job-0, job-1").contains("and 490 more");
    assertThat(notifier.pending()).isZero();
  }

  @Test
  void submit_groupAllChannel_groupsEventsWithoutGroupKeyByKind() {
    ChannelSettings settings =
        ChannelSettings.builder("ops", receiver.uri("/hook")).groupAll(true).build();
    Notifier notifier =
        new Notifier(
            clock,
            new InMemoryNotificationStatePort(),
            List.of(WebhookChannel.create(settings, clock)));
    List<String> jobs = IntStream.range(0, 40).mapToObj(i -> "job-" + i).toList();

    jobs.forEach(
        j ->
            notifier.submit(
                Events.interval(EventKind.INTERVAL_OPENED, j, Optional.of("cluster:" + j))));
    notifier.submit(
        Events.event(
            EventKind.WORKFLOW_FINISHED,
            "wf-1",
            Optional.empty(),
            Severity.WARNING,
            "Restart of job-1 finished",
            "job-1 is RUNNING again"));
    clock.advance(Duration.ofSeconds(30));
    Events.joinAll(notifier.tick());

    List<JsonNode> messages = receiver.json();
    assertThat(messages)
        .extracting(m -> m.path("kind").asText())
        .containsExactlyInAnyOrder("INTERVAL_OPENED", "WORKFLOW_FINISHED");
    JsonNode opened = RateLimitTest.byKind(messages, "INTERVAL_OPENED");
    assertThat(opened.path("count").asInt()).isEqualTo(40);
    assertThat(opened.path("group").isNull()).isTrue();
  }
}
