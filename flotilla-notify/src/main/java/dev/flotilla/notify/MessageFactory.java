package dev.flotilla.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a group of pending items into one message, and several messages into one digest. */
final class MessageFactory {
  private final String channel;
  private final int maxListed;

  MessageFactory(String channel, int maxListed) {
    this.channel = channel;
    this.maxListed = maxListed;
  }

  Message group(String kind, List<MessageItem> items, Instant now) {
    NotificationEvent first = items.get(0).event();
    Optional<String> group = commonGroup(items);
    Severity severity =
        items.stream().map(i -> i.event().severity()).max(Comparator.naturalOrder()).orElseThrow();
    Optional<String> link =
        items.stream().map(i -> i.event().link()).flatMap(Optional::stream).findFirst();
    if (items.size() == 1) {
      MessageItem only = items.get(0);
      return new Message(
          channel,
          kind,
          first.key(),
          group,
          severity,
          prefix(only.status()) + first.title(),
          first.summary(),
          items,
          first.evidence(),
          first.fields(),
          link,
          now,
          List.of());
    }
    long recovered =
        items.stream().filter(i -> i.status() == MessageItem.Status.OPENED_AND_RECOVERED).count();
    String title = items.size() + " " + describe(kind) + group.map(g -> " (" + g + ")").orElse("");
    StringBuilder summary = new StringBuilder("Jobs (" + items.size() + "): ");
    summary.append(list(items.stream().map(MessageItem::label).toList()));
    summary.append("\nFirst: ").append(first.title());
    if (!first.summary().isBlank()) {
      summary.append(" — ").append(first.summary());
    }
    if (recovered > 0) {
      summary
          .append("\n")
          .append(recovered)
          .append(" of them opened and recovered within the ")
          .append("grouping window (no separate open was sent).");
    }
    Map<String, String> fields = new HashMap<>(first.fields());
    fields.put("count", Integer.toString(items.size()));
    return new Message(
        channel,
        kind,
        group.orElse(first.key()),
        group,
        severity,
        title,
        summary.toString(),
        items,
        first.evidence(),
        fields,
        link,
        now,
        List.of());
  }

  Message digest(List<Message> sections, Instant now) {
    Severity severity =
        sections.stream().map(Message::severity).max(Comparator.naturalOrder()).orElseThrow();
    int notifications = sections.stream().mapToInt(m -> Math.max(1, m.items().size())).sum();
    List<String> titles = new ArrayList<>();
    sections.forEach(m -> titles.add(m.kind() + ": " + m.title()));
    return new Message(
        channel,
        Message.DIGEST,
        "digest:" + channel + ":" + now.toEpochMilli(),
        Optional.empty(),
        severity,
        "Digest: " + notifications + " notifications held back by the rate limit",
        String.join("\n", titles.subList(0, Math.min(maxListed, titles.size())))
            + (titles.size() > maxListed ? "\n… and " + (titles.size() - maxListed) + " more" : ""),
        List.of(),
        List.of(),
        Map.of("count", Integer.toString(notifications)),
        Optional.empty(),
        now,
        sections);
  }

  /** "a, b, c … and 497 more" with at most {@code maxListed} names. */
  String list(List<String> labels) {
    String shown = String.join(", ", labels.subList(0, Math.min(maxListed, labels.size())));
    int rest = labels.size() - maxListed;
    return rest > 0 ? shown + " … and " + rest + " more" : shown;
  }

  private static Optional<String> commonGroup(List<MessageItem> items) {
    Optional<String> first = items.get(0).event().groupKey();
    return items.stream().allMatch(i -> i.event().groupKey().equals(first))
        ? first
        : Optional.empty();
  }

  private static String prefix(MessageItem.Status status) {
    return switch (status) {
      case REMINDER -> "Still open: ";
      case OPENED_AND_RECOVERED -> "Opened and recovered: ";
      case CLOSED -> "Resolved: ";
      default -> "";
    };
  }

  private static String describe(String kind) {
    return switch (kind) {
      case "INTERVAL_OPENED" -> "jobs entered an exception interval";
      case "INTERVAL_UPDATED" -> "exception intervals changed";
      case "INTERVAL_CLOSED" -> "jobs recovered";
      case "INCIDENT_OPENED" -> "incidents opened";
      case "INCIDENT_UPDATED" -> "incidents changed";
      case "INCIDENT_RESOLVED" -> "incidents resolved";
      case "ACTION_PENDING" -> "actions await approval";
      case "WORKFLOW_FINISHED" -> "workflows finished";
      case Message.REMINDER -> "problems still open";
      default -> "notifications";
    };
  }
}
