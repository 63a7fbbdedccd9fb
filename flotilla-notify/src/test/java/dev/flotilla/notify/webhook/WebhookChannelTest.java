package dev.flotilla.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.SettableClock;
import dev.flotilla.model.Tier;
import dev.flotilla.notify.ChannelSettings;
import dev.flotilla.notify.DeliveryResult;
import dev.flotilla.notify.EventKind;
import dev.flotilla.notify.Message;
import dev.flotilla.notify.MessageItem;
import dev.flotilla.notify.NotificationEvent;
import dev.flotilla.notify.Receiver;
import dev.flotilla.notify.Receiver.Reply;
import dev.flotilla.notify.RetryPolicy;
import dev.flotilla.notify.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookChannelTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:03:30Z");
  private static final String SECRET = "s3cret-for-tests";
  private final Receiver receiver = Receiver.start();
  private final SettableClock clock = new SettableClock(NOW);

  @AfterEach
  void stop() {
    receiver.close();
  }

  private WebhookChannel channel(int maxAttempts) {
    ChannelSettings settings =
        ChannelSettings.builder("ops", receiver.uri("/hook?token=abc"))
            .secret(SECRET)
            .retry(
                new RetryPolicy(
                    maxAttempts,
                    Duration.ofMillis(20),
                    Duration.ofMillis(200),
                    0.2,
                    Duration.ofSeconds(5)))
            .build();
    return WebhookChannel.create(settings, clock);
  }

  static Message message() {
    NotificationEvent event =
        new NotificationEvent(
            EventKind.INTERVAL_OPENED,
            "orders@2026-11-24T10:03Z",
            Optional.of("cluster:east-a"),
            "orders",
            "east-a",
            Optional.of(Tier.P0),
            Severity.CRITICAL,
            "orders is restarting",
            "3 restarts in 5 minutes",
            List.of("java.lang.OutOfMemoryError: Java heap space"),
            Map.of("restarts", "3"),
            Optional.of("https://flotilla.example/jobs/orders"),
            NOW);
    return new Message(
        "ops",
        "INTERVAL_OPENED",
        event.key(),
        event.groupKey(),
        Severity.CRITICAL,
        event.title(),
        event.summary(),
        List.of(new MessageItem(event, MessageItem.Status.OPENED)),
        event.evidence(),
        event.fields(),
        event.link(),
        NOW,
        List.of());
  }

  @Test
  void send_receiverFailsThreeTimesThenSucceeds_deliversOnFourthAttemptWithSameSignedBody() {
    receiver.script(Reply.of(500), Reply.of(500), Reply.of(500));

    DeliveryResult result = channel(5).send(message()).join();

    assertThat(result.delivered()).isTrue();
    assertThat(result.attempts()).isEqualTo(4);
    List<Receiver.Request> requests = receiver.requests();
    assertThat(requests).hasSize(4);
    String body = requests.get(0).text();
    assertThat(requests)
        .allSatisfy(
            r -> {
              assertThat(r.text()).isEqualTo(body);
              assertThat(Signature.verify(r.body(), SECRET, r.header(Signature.HEADER))).isTrue();
              assertThat(r.header(Signature.TIMESTAMP_HEADER))
                  .isEqualTo(Long.toString(NOW.getEpochSecond()));
            });
    assertThat(requests.get(0).path()).isEqualTo("/hook?token=abc");
  }

  @Test
  void send_signatureHeader_verifiesOnlyWithTheChannelSecret() {
    channel(1).send(message()).join();

    Receiver.Request request = receiver.requests().get(0);
    String header = request.header(Signature.HEADER);
    assertThat(header).startsWith("sha256=").hasSize(7 + 64);
    assertThat(Signature.verify(request.body(), SECRET, header)).isTrue();
    assertThat(Signature.verify(request.body(), "other-secret", header)).isFalse();
    byte[] tampered = request.text().replace("orders", "0rders").getBytes(StandardCharsets.UTF_8);
    assertThat(Signature.verify(tampered, SECRET, header)).isFalse();
  }

  @Test
  void send_badRequest_isNotRetried() throws InterruptedException {
    receiver.script(new Reply(400, Map.of(), "{\"error\":\"invalid_payload\"}"));

    DeliveryResult result = channel(5).send(message()).join();
    Thread.sleep(200); // a retry would arrive well within this

    assertThat(result.delivered()).isFalse();
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(result.lastStatus()).hasValue(400);
    assertThat(result.detail()).contains("HTTP 400").contains("invalid_payload");
    assertThat(receiver.requests()).hasSize(1);
  }

  @Test
  void send_tooManyRequestsWithRetryAfter_waitsThatLongThenRetries() {
    receiver.script(new Reply(429, Map.of("Retry-After", "1"), "slow down"));

    DeliveryResult result = channel(5).send(message()).join();

    assertThat(result.delivered()).isTrue();
    assertThat(result.attempts()).isEqualTo(2);
    List<Receiver.Request> requests = receiver.requests();
    long gapMillis = (requests.get(1).nanoTime() - requests.get(0).nanoTime()) / 1_000_000;
    assertThat(gapMillis).isGreaterThanOrEqualTo(950); // back-off alone would be ~20 ms
  }

  @Test
  void send_alwaysFailing_givesUpAfterMaxAttempts() {
    receiver.script(Reply.of(503), Reply.of(503), Reply.of(503), Reply.of(503));

    DeliveryResult result = channel(3).send(message()).join();

    assertThat(result.delivered()).isFalse();
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(result.lastStatus()).hasValue(503);
    assertThat(receiver.requests()).hasSize(3);
  }

  @Test
  void send_nobodyListening_retriesThenReportsFailure() {
    ChannelSettings settings =
        ChannelSettings.builder("ops", receiver.uri("/hook"))
            .retry(
                new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10), 0, Duration.ZERO))
            .build();
    receiver.close();

    DeliveryResult result = WebhookChannel.create(settings, clock).send(message()).join();

    assertThat(result.delivered()).isFalse();
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(result.lastStatus()).isEmpty();
    assertThat(result.detail()).contains("ConnectException");
  }
}
