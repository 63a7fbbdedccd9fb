package dev.flotilla.notify;

import dev.flotilla.model.Tier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing worth telling people about.
 *
 * @param key the de-duplication key, e.g. an interval id {@code job-x@2026-11-24T10:03Z} or an
 *     incident id; all events about one interval/incident share it
 * @param groupKey events sharing it inside a channel's grouping window go out as one message, e.g.
 *     a platform incident id or {@code cluster:east-a}
 * @param jobKey the job's stable key; may be blank for events that are not about one job
 * @param cluster the cluster concerned; may be blank
 */
public record NotificationEvent(
    EventKind kind,
    String key,
    Optional<String> groupKey,
    String jobKey,
    String cluster,
    Optional<Tier> tier,
    Severity severity,
    String title,
    String summary,
    List<String> evidence,
    Map<String, String> fields,
    Optional<String> link,
    Instant at) {

  public NotificationEvent {
    Objects.requireNonNull(kind, "kind");
    require(key, "key");
    Objects.requireNonNull(groupKey, "groupKey");
    groupKey = groupKey.filter(g -> !g.isBlank());
    Objects.requireNonNull(jobKey, "jobKey");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(severity, "severity");
    require(title, "title");
    Objects.requireNonNull(summary, "summary");
    evidence = List.copyOf(evidence);
    fields = Map.copyOf(fields);
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(at, "at");
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("notification event " + name + " must not be blank");
    }
  }

  /** What a channel shows for this event in a list of jobs: the job key, else the event key. */
  public String label() {
    return jobKey.isBlank() ? key : jobKey;
  }

  /**
   * A short hash of what a reader sees (severity, title, summary, evidence). An UPDATED event whose
   * fingerprint equals the last one sent for its key is not sent again.
   */
  public String fingerprint() {
    String text =
        severity
            + "\u0000"
            + title
            + "\u0000"
            + summary
            + "\u0000"
            + String.join("\u0001", evidence);
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** The same event with another kind (used to merge events of one key). */
  public NotificationEvent withKind(EventKind newKind) {
    return new NotificationEvent(
        newKind, key, groupKey, jobKey, cluster, tier, severity, title, summary, evidence, fields,
        link, at);
  }
}
