package dev.flotilla.notify;

import dev.flotilla.notify.EventKind.Phase;
import dev.flotilla.notify.MessageItem.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One channel's de-duplication, grouping, reminders and rate limit. Pending items wait in groups
 * (one per group key and message kind) until the group's window has passed; sending records what
 * was sent in the {@link NotificationStatePort}. Not thread-safe: {@link Notifier} serialises
 * calls.
 */
final class ChannelQueue {
  private record GroupId(String bucket, String kind) {}

  private static final class Group {
    final Instant firstArrival;
    final Map<String, MessageItem> items = new LinkedHashMap<>();

    Group(Instant firstArrival) {
      this.firstArrival = firstArrival;
    }
  }

  private final NotificationChannel channel;
  private final ChannelSettings settings;
  private final NotificationStatePort state;
  private final Clock clock;
  private final TokenBucket bucket;
  private final MessageFactory factory;
  private final Map<GroupId, Group> groups = new LinkedHashMap<>();
  private final Map<String, GroupId> pendingIndex = new HashMap<>();

  ChannelQueue(NotificationChannel channel, NotificationStatePort state, Clock clock) {
    this.channel = channel;
    this.settings = channel.settings();
    this.state = state;
    this.clock = clock;
    this.bucket = new TokenBucket(settings.rateLimit(), clock);
    this.factory = new MessageFactory(settings.name(), settings.maxListed());
  }

  static String dedupKey(NotificationEvent event) {
    return event.kind().phase() == Phase.ONE_SHOT ? event.kind() + ":" + event.key() : event.key();
  }

  int pendingItems() {
    return pendingIndex.size();
  }

  void submit(NotificationEvent event) {
    String key = dedupKey(event);
    Optional<MessageItem> pending = pending(key);
    Optional<SentState> sent = state.find(settings.name(), key);
    boolean loudEnough = event.severity().atLeast(settings.minSeverity());
    switch (event.kind().phase()) {
      case OPEN -> {
        if (pending.isEmpty() && sent.isEmpty() && loudEnough) {
          enqueue(key, event, Status.OPENED);
        }
      }
      case UPDATE -> update(key, event, pending, sent, loudEnough);
      case CLOSE -> close(key, event, pending, sent);
      case ONE_SHOT -> {
        if (pending.isEmpty() && sent.isEmpty() && loudEnough) {
          enqueue(key, event, Status.EVENT);
        }
      }
    }
  }

  private void update(
      String key,
      NotificationEvent event,
      Optional<MessageItem> pending,
      Optional<SentState> sent,
      boolean loudEnough) {
    if (pending.isPresent()) {
      MessageItem item = pending.get();
      switch (item.status()) {
        case OPENED, UPDATED -> {
          if (!item.event().fingerprint().equals(event.fingerprint())) {
            replace(key, new MessageItem(event.withKind(item.event().kind()), item.status()));
          }
          return;
        }
        case REMINDER -> remove(key);
        default -> {
          return; // closed already: a late update says nothing new
        }
      }
    }
    if (sent.isPresent()) {
      SentState s = sent.get();
      if (s.isOpen() && !s.fingerprint().equals(event.fingerprint())) {
        enqueue(key, event, Status.UPDATED);
      }
    } else if (loudEnough) {
      enqueue(key, event.withKind(openKindFor(event.kind())), Status.OPENED);
    }
  }

  private void close(
      String key,
      NotificationEvent event,
      Optional<MessageItem> pending,
      Optional<SentState> sent) {
    if (pending.isPresent()) {
      Status status = pending.get().status();
      if (status == Status.CLOSED || status == Status.OPENED_AND_RECOVERED) {
        return;
      }
      remove(key);
      enqueue(key, event, status == Status.OPENED ? Status.OPENED_AND_RECOVERED : Status.CLOSED);
    } else if (sent.isPresent() && sent.get().isOpen()) {
      enqueue(key, event, Status.CLOSED);
    }
  }

  private static EventKind openKindFor(EventKind update) {
    return update == EventKind.INCIDENT_UPDATED
        ? EventKind.INCIDENT_OPENED
        : EventKind.INTERVAL_OPENED;
  }

  /** Queues due reminders, then sends the groups whose window has passed (all if forced). */
  List<CompletableFuture<DeliveryResult>> tick(boolean force) {
    Instant now = clock.instant();
    if (settings.reminders().enabled()) {
      for (SentState s : state.remindersDue(settings.name(), now)) {
        if (!pendingIndex.containsKey(s.key())) {
          enqueue(s.key(), reminderEvent(s, now), Status.REMINDER);
        }
      }
    }
    return flush(now, force);
  }

  private NotificationEvent reminderEvent(SentState s, Instant now) {
    Duration open = Duration.between(s.openedAt(), now);
    return new NotificationEvent(
        s.kind(),
        s.key(),
        s.groupKey(),
        s.jobKey(),
        s.cluster(),
        Optional.empty(),
        s.severity(),
        s.title(),
        "Still open since " + s.openedAt() + " (" + human(open) + ").",
        List.of(),
        Map.of(
            "openSince",
            s.openedAt().toString(),
            "reminder",
            Integer.toString(s.remindersSent() + 1)),
        Optional.empty(),
        now);
  }

  private static String human(Duration d) {
    long minutes = d.toMinutes();
    return minutes >= 60 ? (minutes / 60) + "h " + (minutes % 60) + "m" : minutes + "m";
  }

  private List<CompletableFuture<DeliveryResult>> flush(Instant now, boolean force) {
    List<GroupId> ready = new ArrayList<>();
    groups.forEach(
        (id, g) -> {
          if (force || !now.isBefore(g.firstArrival.plus(settings.groupingWindow()))) {
            ready.add(id);
          }
        });
    if (ready.isEmpty()) {
      return List.of();
    }
    int tokens = force ? Math.max(1, bucket.available()) : bucket.available();
    if (tokens == 0) {
      return List.of(); // held back; later events join these groups, a digest follows
    }
    List<Message> messages = new ArrayList<>();
    for (GroupId id : ready) {
      Group g = groups.remove(id);
      List<MessageItem> items = List.copyOf(g.items.values());
      items.forEach(i -> pendingIndex.remove(dedupKey(i.event())));
      messages.add(factory.group(id.kind(), items, now));
    }
    List<Message> out = new ArrayList<>();
    if (messages.size() <= tokens) {
      out.addAll(messages);
    } else {
      out.addAll(messages.subList(0, tokens - 1));
      out.add(factory.digest(messages.subList(tokens - 1, messages.size()), now));
    }
    bucket.take(out.size());
    List<CompletableFuture<DeliveryResult>> futures = new ArrayList<>();
    for (Message m : out) {
      record(m, now);
      futures.add(channel.send(m));
    }
    return futures;
  }

  private void record(Message message, Instant now) {
    message.sections().forEach(s -> record(s, now));
    for (MessageItem item : message.items()) {
      NotificationEvent e = item.event();
      String key = dedupKey(e);
      Optional<SentState> sent = state.find(settings.name(), key);
      switch (item.status()) {
        case OPENED ->
            state.save(
                opened(
                    key,
                    e,
                    now,
                    settings.reminders().enabled()
                        ? Optional.of(now.plus(settings.reminders().delayAfter(0)))
                        : Optional.empty()));
        case UPDATED -> sent.ifPresent(s -> state.save(s.withContent(e)));
        case CLOSED -> sent.ifPresent(s -> state.save(s.closed(now)));
        case REMINDER ->
            sent.ifPresent(
                s ->
                    state.save(
                        s.reminded(
                            s.nextReminderAt()
                                .orElse(now)
                                .plus(settings.reminders().delayAfter(s.remindersSent() + 1)))));
        case OPENED_AND_RECOVERED, EVENT ->
            state.save(opened(key, e, now, Optional.empty()).closed(now));
      }
    }
  }

  private SentState opened(String key, NotificationEvent e, Instant now, Optional<Instant> next) {
    return new SentState(
        settings.name(),
        key,
        e.kind(),
        e.groupKey(),
        e.jobKey(),
        e.cluster(),
        e.severity(),
        e.title(),
        e.fingerprint(),
        now,
        0,
        next,
        Optional.empty());
  }

  private Optional<MessageItem> pending(String key) {
    GroupId id = pendingIndex.get(key);
    return id == null ? Optional.empty() : Optional.ofNullable(groups.get(id).items.get(key));
  }

  private void enqueue(String key, NotificationEvent event, Status status) {
    String kind = status == Status.REMINDER ? Message.REMINDER : event.kind().name();
    String bucketName = settings.groupAll() ? "*" : event.groupKey().orElse("key:" + key);
    GroupId id = new GroupId(bucketName, kind);
    groups
        .computeIfAbsent(id, i -> new Group(clock.instant()))
        .items
        .put(key, new MessageItem(event, status));
    pendingIndex.put(key, id);
  }

  private void replace(String key, MessageItem item) {
    groups.get(pendingIndex.get(key)).items.put(key, item);
  }

  private void remove(String key) {
    GroupId id = pendingIndex.remove(key);
    Group g = groups.get(id);
    g.items.remove(key);
    if (g.items.isEmpty()) {
      groups.remove(id);
    }
  }
}
