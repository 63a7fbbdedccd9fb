package dev.flotilla.notify;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link NotificationStatePort} in a map: survives a {@link Notifier} restart, not a JVM one. */
public final class InMemoryNotificationStatePort implements NotificationStatePort {
  private final Map<String, SentState> states = new ConcurrentHashMap<>();

  private static String id(String channel, String key) {
    return channel + "\u0000" + key;
  }

  @Override
  public Optional<SentState> find(String channel, String key) {
    return Optional.ofNullable(states.get(id(channel, key)));
  }

  @Override
  public void save(SentState state) {
    states.put(id(state.channel(), state.key()), state);
  }

  @Override
  public List<SentState> remindersDue(String channel, Instant now) {
    return states.values().stream()
        .filter(s -> s.channel().equals(channel) && s.isOpen())
        .filter(s -> s.nextReminderAt().map(at -> !at.isAfter(now)).orElse(false))
        .sorted(Comparator.comparing((SentState s) -> s.nextReminderAt().orElseThrow()))
        .toList();
  }

  @Override
  public List<SentState> open(EventKind kind) {
    return states.values().stream()
        .filter(s -> s.kind() == kind && s.isOpen())
        .sorted(Comparator.comparing(SentState::openedAt))
        .toList();
  }

  @Override
  public int pruneClosedBefore(Instant cutoff) {
    int before = states.size();
    states.values().removeIf(s -> s.closedAt().map(at -> at.isBefore(cutoff)).orElse(false));
    return before - states.size();
  }

  public int size() {
    return states.size();
  }
}
