package dev.flotilla.server.view;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps the fleet overview for {@code ttl} (about one collector cycle). The first request computes
 * it; afterwards a stale value is served while one background thread recomputes, so no request
 * waits for the 100,000-job computation once the cache is warm. {@link #invalidate} (after an
 * approval) makes the next request recompute synchronously.
 */
public final class OverviewCache implements AutoCloseable {
  private record Entry(Map<String, Object> value, long computedAtNanos) {}

  private final Supplier<Map<String, Object>> compute;
  private final Duration ttl;
  private final LongSupplier nanoTime;
  private final ExecutorService refresher;
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile Entry entry;

  public OverviewCache(Supplier<Map<String, Object>> compute, Duration ttl, LongSupplier nanoTime) {
    this.compute = compute;
    this.ttl = ttl;
    this.nanoTime = nanoTime;
    this.refresher =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "flotilla-overview-refresh");
              t.setDaemon(true);
              return t;
            });
  }

  public Map<String, Object> get() {
    Entry e = entry;
    if (e == null) {
      return computeNow();
    }
    if (nanoTime.getAsLong() - e.computedAtNanos() > ttl.toNanos()
        && refreshing.compareAndSet(false, true)) {
      refresher.execute(
          () -> {
            try {
              computeNow();
            } finally {
              refreshing.set(false);
            }
          });
    }
    return e.value();
  }

  private synchronized Map<String, Object> computeNow() {
    Entry e = new Entry(compute.get(), nanoTime.getAsLong());
    entry = e;
    return e.value();
  }

  public void invalidate() {
    entry = null;
  }

  @Override
  public void close() {
    refresher.shutdownNow();
  }
}
