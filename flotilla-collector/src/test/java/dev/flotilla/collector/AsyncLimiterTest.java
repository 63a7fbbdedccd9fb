package dev.flotilla.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AsyncLimiterTest {

  @Test
  void submit_overPermits_queuesUntilRelease() {
    AsyncLimiter limiter = new AsyncLimiter(2);
    List<CompletableFuture<Integer>> gates = new ArrayList<>();
    List<CompletableFuture<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      CompletableFuture<Integer> gate = new CompletableFuture<>();
      gates.add(gate);
      results.add(limiter.submit(() -> gate));
    }
    assertThat(limiter.inFlight()).isEqualTo(2);
    assertThat(limiter.queued()).isEqualTo(3);
    gates.get(0).complete(0);
    assertThat(results.get(0)).isCompletedWithValue(0);
    assertThat(limiter.inFlight()).isEqualTo(2);
    assertThat(limiter.queued()).isEqualTo(2);
    for (int i = 1; i < 5; i++) {
      gates.get(i).complete(i);
    }
    assertThat(results.get(4)).isCompletedWithValue(4);
    assertThat(limiter.inFlight()).isZero();
  }

  @Test
  void submit_taskThrows_releasesPermit() {
    AsyncLimiter limiter = new AsyncLimiter(1);
    CompletableFuture<Integer> failed =
        limiter.submit(
            () -> {
              throw new IllegalStateException("boom");
            });
    assertThat(failed).isCompletedExceptionally();
    assertThat(limiter.submit(() -> CompletableFuture.completedFuture(7))).isCompletedWithValue(7);
  }

  @Test
  void new_zeroPermits_rejected() {
    assertThatThrownBy(() -> new AsyncLimiter(0)).hasMessageContaining("at least 1");
  }
}
