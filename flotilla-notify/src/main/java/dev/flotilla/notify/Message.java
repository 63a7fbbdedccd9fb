package dev.flotilla.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a channel sends: one event, a group of events sharing a group key, or a digest of several
 * groups ({@link #DIGEST}, with {@link #sections()}).
 *
 * @param kind an {@link EventKind} name, {@link #REMINDER} or {@link #DIGEST}
 * @param key the single item's key, else the group key, else a digest id
 */
public record Message(
    String channel,
    String kind,
    String key,
    Optional<String> group,
    Severity severity,
    String title,
    String summary,
    List<MessageItem> items,
    List<String> evidence,
    Map<String, String> fields,
    Optional<String> link,
    Instant at,
    List<Message> sections) {

  public static final String REMINDER = "REMINDER";
  public static final String DIGEST = "DIGEST";

  public Message {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    items = List.copyOf(items);
    evidence = List.copyOf(evidence);
    fields = Map.copyOf(fields);
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(at, "at");
    sections = List.copyOf(sections);
  }

  /** The job labels of this message and of its sections, in order. */
  public List<String> jobs() {
    List<String> jobs = new ArrayList<>();
    items.forEach(i -> jobs.add(i.label()));
    sections.forEach(s -> jobs.addAll(s.jobs()));
    return jobs;
  }

  public boolean isDigest() {
    return DIGEST.equals(kind);
  }
}
