package dev.flotilla.server.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flotilla.server.http.JsonMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the fleet overview for {@code ttl} (about one collector cycle). The first request computes
 * it; afterwards a stale value is served while one background thread recomputes, so no request
 * waits for the 100,000-job computation once the cache is warm. {@link #refresh} (after each
 * control-loop cycle, or an approval) starts a background recompute at once.
 */
public final class OverviewCache implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OverviewCache.class);
  private static final ObjectMapper MAPPER = JsonMapper.create();

  private record Entry(Map<String, Object> value, byte[] json, long computedAtNanos) {}

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
    return current().value();
  }

  /** The overview as JSON, serialized once per computation rather than once per request. */
  public byte[] json() {
    return current().json();
  }

  private Entry current() {
    Entry e = entry;
    if (e == null) {
      return computeNow();
    }
    if (nanoTime.getAsLong() - e.computedAtNanos() > ttl.toNanos()) {
      refresh();
    }
    return e;
  }

  /** Recomputes in the background unless a recompute is already running. */
  public void refresh() {
    if (refreshing.compareAndSet(false, true)) {
      refresher.execute(
          () -> {
            try {
              computeNow();
            } catch (RuntimeException ex) {
              LOG.warn("fleet overview refresh failed; serving the previous one", ex);
            } finally {
              refreshing.set(false);
            }
          });
    }
  }

  private synchronized Entry computeNow() {
    long t0 = nanoTime.getAsLong();
    Map<String, Object> value = new LinkedHashMap<>(compute.get());
    long took = (nanoTime.getAsLong() - t0) / 1_000_000;
    value.put("computedInMs", took);
    LOG.debug("fleet overview computed in {} ms", took);
    Entry e = new Entry(value, serialize(value), nanoTime.getAsLong());
    entry = e;
    return e;
  }

  private static byte[] serialize(Map<String, Object> value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize the fleet overview", e);
    }
  }

  @Override
  public void close() {
    refresher.shutdownNow();
  }
}
