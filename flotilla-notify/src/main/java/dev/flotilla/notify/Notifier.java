package dev.flotilla.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatcher. Engines call {@link #submit}; {@link #tick()} (every second in production via
 * {@link #start}, by hand in tests with a {@code SettableClock}) queues due reminders and sends the
 * groups whose grouping window has passed, within each channel's rate limit. Thread-safe.
 */
public final class Notifier implements AutoCloseable {
  /** Closed keys are remembered this long, so late duplicates are still recognised. */
  public static final Duration CLOSED_RETENTION = Duration.ofDays(7);

  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
  private static final Duration PRUNE_EVERY = Duration.ofHours(1);

  private final Clock clock;
  private final NotificationStatePort state;
  private final List<ChannelQueue> queues = new ArrayList<>();
  private Optional<ScheduledFuture<?>> schedule = Optional.empty();
  private Instant lastPrune;

  public Notifier(
      Clock clock, NotificationStatePort state, List<? extends NotificationChannel> channels) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.state = Objects.requireNonNull(state, "state");
    Set<String> names = new HashSet<>();
    for (NotificationChannel channel : channels) {
      String name = channel.settings().name();
      if (!names.add(name)) {
        throw new IllegalArgumentException(
            "notification channel name '" + name + "' is used twice");
      }
      queues.add(new ChannelQueue(channel, state, clock));
    }
    this.lastPrune = clock.instant();
  }

  /** Accepts an event; it is sent, merged or dropped as a duplicate by each channel's rules. */
  public synchronized void submit(NotificationEvent event) {
    Objects.requireNonNull(event, "event");
    queues.forEach(q -> q.submit(event));
  }

  /** Queues due reminders and sends what is ready; returns the deliveries started. */
  public synchronized List<CompletableFuture<DeliveryResult>> tick() {
    return run(false);
  }

  /** Sends everything pending now, ignoring grouping windows (at least one message a channel). */
  public synchronized List<CompletableFuture<DeliveryResult>> flushAll() {
    return run(true);
  }

  /** Items waiting in grouping windows or held back by a rate limit, over all channels. */
  public synchronized int pending() {
    return queues.stream().mapToInt(ChannelQueue::pendingItems).sum();
  }

  private List<CompletableFuture<DeliveryResult>> run(boolean force) {
    List<CompletableFuture<DeliveryResult>> started = new ArrayList<>();
    for (ChannelQueue q : queues) {
      started.addAll(q.tick(force));
    }
    Instant now = clock.instant();
    if (!now.isBefore(lastPrune.plus(PRUNE_EVERY))) {
      lastPrune = now;
      int pruned = state.pruneClosedBefore(now.minus(CLOSED_RETENTION));
      if (pruned > 0) {
        LOG.debug("forgot {} closed notification keys", pruned);
      }
    }
    return started;
  }

  /** Ticks every {@code every} on {@code executor} until {@link #close()}. */
  public synchronized void start(ScheduledExecutorService executor, Duration every) {
    if (schedule.isPresent()) {
      throw new IllegalStateException("notifier already started");
    }
    long millis = Math.max(1, every.toMillis());
    schedule =
        Optional.of(
            executor.scheduleWithFixedDelay(this::safeTick, millis, millis, TimeUnit.MILLISECONDS));
  }

  /** Ticks every second. */
  public void start(ScheduledExecutorService executor) {
    start(executor, Duration.ofSeconds(1));
  }

  private void safeTick() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.error("notification tick failed", e); // keep the schedule alive
    }
  }

  /** Stops ticking and sends whatever is still pending, so nothing is lost on shutdown. */
  @Override
  public synchronized void close() {
    schedule.ifPresent(f -> f.cancel(false));
    schedule = Optional.empty();
    flushAll();
  }
}
