package dev.flotilla.notify.webhook;

import dev.flotilla.notify.ChannelSettings;
import dev.flotilla.notify.DeliveryResult;
import dev.flotilla.notify.Message;
import dev.flotilla.notify.NotificationChannel;
import dev.flotilla.notify.PayloadFormat;
import dev.flotilla.notify.UrlMask;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs messages to a webhook, asynchronously. The body is rendered and signed once; every attempt
 * sends the same bytes. 2xx is success; 408, 429, 5xx and I/O errors are retried with exponential
 * back-off and jitter (429 waits for {@code Retry-After} when given); other statuses are permanent
 * failures. Logs show the masked URL only.
 */
public final class WebhookChannel implements NotificationChannel {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookChannel.class);
  private static final int EXCERPT_CHARS = 200;

  private final ChannelSettings settings;
  private final HttpClient client;
  private final Clock clock;
  private final DoubleSupplier random;
  private final PayloadRenderer renderer;
  private final String where;

  public WebhookChannel(ChannelSettings settings, HttpClient client, Clock clock) {
    this(settings, client, clock, () -> ThreadLocalRandom.current().nextDouble());
  }

  WebhookChannel(ChannelSettings settings, HttpClient client, Clock clock, DoubleSupplier random) {
    this.settings = settings;
    this.client = client;
    this.clock = clock;
    this.random = random;
    this.renderer =
        settings.format() == PayloadFormat.SLACK ? new SlackPayload() : new GenericPayload();
    this.where = settings.name() + " (" + UrlMask.mask(settings.url()) + ")";
  }

  /** A channel with its own HTTP client (no redirects followed, 5 s connect timeout). */
  public static WebhookChannel create(ChannelSettings settings, Clock clock) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return new WebhookChannel(settings, client, clock);
  }

  @Override
  public ChannelSettings settings() {
    return settings;
  }

  @Override
  public CompletableFuture<DeliveryResult> send(Message message) {
    byte[] body = renderer.render(message);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(settings.url())
            .timeout(settings.requestTimeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "flotilla-notify")
            .header(Signature.TIMESTAMP_HEADER, Long.toString(clock.instant().getEpochSecond()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    settings.secret().ifPresent(s -> builder.header(Signature.HEADER, Signature.sign(body, s)));
    HttpRequest request = builder.build();
    CompletableFuture<DeliveryResult> result = new CompletableFuture<>();
    attempt(request, message, 1, result);
    return result;
  }

  private void attempt(
      HttpRequest request, Message message, int n, CompletableFuture<DeliveryResult> result) {
    client
        .sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .whenComplete(
            (response, error) -> {
              try {
                if (error != null) {
                  retryOrFail(
                      request,
                      message,
                      n,
                      result,
                      OptionalInt.empty(),
                      Optional.empty(),
                      rootCause(error).getClass().getSimpleName());
                } else {
                  handle(request, message, n, result, response);
                }
              } catch (RuntimeException e) {
                result.completeExceptionally(e);
              }
            });
  }

  private void handle(
      HttpRequest request,
      Message message,
      int n,
      CompletableFuture<DeliveryResult> result,
      HttpResponse<String> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      if (n > 1) {
        LOG.info("{}: delivered {} on attempt {}", where, message.key(), n);
      }
      result.complete(
          new DeliveryResult(settings.name(), true, n, OptionalInt.of(status), "HTTP " + status));
    } else if (status == 408 || status == 429 || status >= 500) {
      Optional<Duration> retryAfter =
          status == 429
              ? RetryAfter.parse(response.headers().firstValue("Retry-After"), clock.instant())
              : Optional.empty();
      retryOrFail(
          request, message, n, result, OptionalInt.of(status), retryAfter, "HTTP " + status);
    } else {
      String excerpt = excerpt(response.body());
      LOG.warn("{}: permanent failure for {}: HTTP {} {}", where, message.key(), status, excerpt);
      result.complete(
          new DeliveryResult(
              settings.name(),
              false,
              n,
              OptionalInt.of(status),
              "permanent failure: HTTP " + status + " " + excerpt));
    }
  }

  private void retryOrFail(
      HttpRequest request,
      Message message,
      int n,
      CompletableFuture<DeliveryResult> result,
      OptionalInt status,
      Optional<Duration> retryAfter,
      String why) {
    if (n >= settings.retry().maxAttempts()) {
      LOG.warn("{}: giving up on {} after {} attempts: {}", where, message.key(), n, why);
      result.complete(
          new DeliveryResult(
              settings.name(), false, n, status, "gave up after " + n + " attempts: " + why));
      return;
    }
    Duration wait =
        retryAfter
            .map(
                d ->
                    d.compareTo(settings.retry().maxRetryAfter()) > 0
                        ? settings.retry().maxRetryAfter()
                        : d)
            .orElseGet(() -> settings.retry().jittered(n, random.getAsDouble()));
    LOG.info(
        "{}: attempt {} for {} failed ({}), retrying in {} ms",
        where,
        n,
        message.key(),
        why,
        wait.toMillis());
    CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS)
        .execute(() -> attempt(request, message, n + 1, result));
  }

  /** The cause's class name only: exception messages may quote the URL. */
  private static Throwable rootCause(Throwable error) {
    Throwable t = error;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String excerpt(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").trim();
    return flat.length() > EXCERPT_CHARS ? flat.substring(0, EXCERPT_CHARS) + "…" : flat;
  }
}
