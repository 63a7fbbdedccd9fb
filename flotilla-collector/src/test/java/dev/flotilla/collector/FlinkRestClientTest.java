package dev.flotilla.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.collector.testing.FixtureServer;
import dev.flotilla.collector.testing.SilentServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FlinkRestClientTest {
  private static final FlinkRestClient CLIENT = FlinkRestClient.create(Duration.ofSeconds(2));

  private static ClusterTarget target(String url, Duration timeout, int maxConcurrent) {
    return new ClusterTarget("c", URI.create(url), Optional.empty(), timeout, maxConcurrent);
  }

  @Test
  void get_okJson_returnsBody() throws Exception {
    try (FixtureServer server =
        FixtureServer.start(p -> Optional.of(FixtureServer.Reply.json("{\"a\":1}")))) {
      RestResult r = CLIENT.get(ClusterTarget.of("c", server.url() + "/"), "/overview").join();
      assertThat(r).isInstanceOf(RestResult.Ok.class);
      assertThat(r.body().orElseThrow().get("a").asInt()).isEqualTo(1);
      assertThat(r.url().toString()).isEqualTo(server.url() + "/overview");
    }
  }

  @Test
  void get_unknownPath_typedHttpErrorWithExcerpt() throws Exception {
    try (FixtureServer server = FixtureServer.start(p -> Optional.empty())) {
      RestResult r = CLIENT.get(ClusterTarget.of("c", server.url()), "/x").join();
      assertThat(r).isInstanceOf(RestResult.HttpError.class);
      assertThat(((RestResult.HttpError) r).status()).isEqualTo(404);
      assertThat(r.describe()).contains("HTTP 404").contains("Not found: /x");
      assertThat(r.body()).isEmpty();
    }
  }

  @Test
  void get_serverError_typedHttpError() throws Exception {
    try (FixtureServer server =
        FixtureServer.start(
            p -> Optional.of(new FixtureServer.Reply(500, "{\"errors\":[\"boom\"]}".getBytes())))) {
      RestResult r =
          CLIENT.get(ClusterTarget.of("c", server.url()), "/jobs/x/vertices/y/backpressure").join();
      assertThat(((RestResult.HttpError) r).status()).isEqualTo(500);
      assertThat(((RestResult.HttpError) r).bodyExcerpt()).isEqualTo("{\"errors\":[\"boom\"]}");
    }
  }

  @Test
  void get_invalidJson_badBody() throws Exception {
    try (FixtureServer server =
        FixtureServer.start(p -> Optional.of(FixtureServer.Reply.json("<html>")))) {
      RestResult r = CLIENT.get(ClusterTarget.of("c", server.url()), "/overview").join();
      assertThat(((RestResult.IoFailure) r).kind()).isEqualTo(RestResult.Kind.BAD_BODY);
    }
  }

  @Test
  void get_closedPort_refused() throws Exception {
    String url = SilentServer.closedPortUrl();
    RestResult r = CLIENT.get(ClusterTarget.of("c", url), "/overview").join();
    assertThat(((RestResult.IoFailure) r).kind()).isEqualTo(RestResult.Kind.REFUSED);
    assertThat(r.describe()).isEqualTo("connection refused to " + url + "/overview");
  }

  @Test
  void get_serverNeverAnswers_timeoutAfterRequestTimeout() throws Exception {
    try (SilentServer silent = new SilentServer()) {
      long t0 = System.nanoTime();
      RestResult r =
          CLIENT.get(target(silent.url(), Duration.ofMillis(300), 2), "/overview").join();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertThat(((RestResult.IoFailure) r).kind()).isEqualTo(RestResult.Kind.TIMEOUT);
      assertThat(r.describe()).startsWith("timed out after 300ms");
      assertThat(ms).isBetween(250L, 3000L);
    }
  }

  @Test
  void get_manyRequests_concurrencyBoundedPerCluster() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxSeen = new AtomicInteger();
    FixtureServer.Router slow =
        p -> {
          int now = inFlight.incrementAndGet();
          maxSeen.accumulateAndGet(now, Math::max);
          try {
            Thread.sleep(30);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          inFlight.decrementAndGet();
          return Optional.of(FixtureServer.Reply.json("{}"));
        };
    try (FixtureServer server = FixtureServer.start(slow, 8)) {
      ClusterTarget t = target(server.url(), Duration.ofSeconds(5), 2);
      List<CompletableFuture<RestResult>> all = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        all.add(CLIENT.get(t, "/jobs/" + i));
      }
      all.forEach(f -> assertThat(f.join().isOk()).isTrue());
      assertThat(maxSeen.get()).isEqualTo(2);
      assertThat(server.requestCount()).isEqualTo(12);
    }
  }
}
