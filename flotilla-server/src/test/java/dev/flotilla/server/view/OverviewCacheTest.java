package dev.flotilla.server.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OverviewCacheTest {
  @Test
  void get_staleValue_isServedWhileOneBackgroundRecomputeRuns() throws Exception {
    AtomicInteger computed = new AtomicInteger();
    AtomicLong nanos = new AtomicLong();
    try (OverviewCache cache =
        new OverviewCache(
            () -> Map.of("n", computed.incrementAndGet()), Duration.ofSeconds(10), nanos::get)) {
      assertThat(cache.get()).containsEntry("n", 1).containsKey("computedInMs");
      nanos.addAndGet(Duration.ofSeconds(5).toNanos());
      assertThat(cache.get()).containsEntry("n", 1);
      assertThat(computed).hasValue(1);
      nanos.addAndGet(Duration.ofSeconds(6).toNanos());
      assertThat(cache.get()).containsEntry("n", 1);
      for (int i = 0; i < 200 && computed.get() < 2; i++) {
        Thread.sleep(10);
      }
      Thread.sleep(20);
      assertThat(cache.get()).containsEntry("n", 2);
      cache.refresh();
      for (int i = 0; i < 200 && computed.get() < 3; i++) {
        Thread.sleep(10);
      }
      assertThat(computed).hasValue(3);
    }
  }
}
