package dev.flotilla.notify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.model.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Builders for test events and helpers to read received messages. */
final class Events {
  static final Instant T0 = Instant.parse("2026-11-24T10:03:00Z");

  private Events() {}

  static NotificationEvent interval(EventKind kind, String job, Optional<String> group) {
    return event(kind, job, group, Severity.CRITICAL, job + " is restarting", "restarts: 3");
  }

  static NotificationEvent event(
      EventKind kind,
      String job,
      Optional<String> group,
      Severity severity,
      String title,
      String summary) {
    return new NotificationEvent(
        kind,
        job + "@2026-11-24T10:03Z",
        group,
        job,
        "east-a",
        Optional.of(Tier.P1),
        severity,
        title,
        summary,
        List.of("java.lang.OutOfMemoryError"),
        Map.of("tier", "P1"),
        Optional.of("https://flotilla.example/jobs/" + job),
        T0);
  }

  static List<DeliveryResult> joinAll(List<CompletableFuture<DeliveryResult>> futures) {
    return futures.stream().map(CompletableFuture::join).toList();
  }

  /** Job names in messages (and digest sections) of the given kind. */
  static List<String> jobsOfKind(List<JsonNode> messages, String kind) {
    List<String> jobs = new ArrayList<>();
    for (JsonNode m : messages) {
      if (m.path("kind").asText().equals(kind)) {
        m.path("jobs").forEach(j -> jobs.add(j.asText()));
      }
      if (m.has("sections")) {
        jobs.addAll(jobsOfKind(List.copyOf(toList(m.path("sections"))), kind));
      }
    }
    return jobs;
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
