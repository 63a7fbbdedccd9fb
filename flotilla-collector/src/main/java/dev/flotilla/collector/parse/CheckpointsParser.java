package dev.flotilla.collector.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.model.CheckpointSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Parses {@code GET /jobs/:id/checkpoints}: {@code counts}, {@code latest.completed / failed /
 * savepoint / restored} and {@code history[]}. When {@code latest.failed} is absent, the newest
 * FAILED entry of the history supplies the failure time and message.
 */
public final class CheckpointsParser {
  private CheckpointsParser() {}

  /** One {@code history[]} entry. */
  public record HistoryEntry(
      OptionalLong id,
      String status,
      Optional<String> checkpointType,
      Optional<Instant> triggeredAt,
      OptionalLong endToEndDurationMs,
      Optional<String> externalPath,
      Optional<String> failureMessage) {}

  public static CheckpointSummary parse(JsonNode root) {
    JsonNode counts = Json.field(root, "counts");
    JsonNode latest = Json.field(root, "latest");
    JsonNode completed = Json.field(latest, "completed");
    JsonNode failed = Json.field(latest, "failed");
    Optional<HistoryEntry> lastFailure =
        history(root).stream().filter(h -> "FAILED".equalsIgnoreCase(h.status())).findFirst();
    Optional<Instant> failedAt = Json.epochMillis(failed, "failure_timestamp");
    Optional<String> failureMessage = text(failed, "failure_message");
    if (failedAt.isEmpty() && failureMessage.isEmpty() && lastFailure.isPresent()) {
      failedAt = lastFailure.get().triggeredAt();
      failureMessage = lastFailure.get().failureMessage();
    }
    return new CheckpointSummary(
        Json.integer(counts, "completed"),
        Json.integer(counts, "failed"),
        Json.integer(counts, "in_progress"),
        Json.epochMillis(completed, "latest_ack_timestamp"),
        Json.integer(completed, "end_to_end_duration"),
        firstLong(completed, "checkpointed_size", "state_size"),
        text(completed, "external_path"),
        failedAt,
        failureMessage,
        text(Json.field(latest, "savepoint"), "external_path"),
        text(Json.field(latest, "restored"), "external_path"));
  }

  /** The {@code history[]} entries as Flink lists them (newest first). */
  public static List<HistoryEntry> history(JsonNode root) {
    List<HistoryEntry> out = new ArrayList<>();
    for (JsonNode h : Json.array(root, "history")) {
      out.add(
          new HistoryEntry(
              Json.integer(h, "id"),
              Json.text(h, "status").orElse(""),
              text(h, "checkpoint_type"),
              Json.epochMillis(h, "trigger_timestamp"),
              Json.integer(h, "end_to_end_duration"),
              text(h, "external_path"),
              text(h, "failure_message")));
    }
    return out;
  }

  private static Optional<String> text(JsonNode node, String field) {
    return Json.text(node, field)
        .filter(s -> !s.isBlank() && !"<checkpoint-not-externalized>".equals(s));
  }

  private static OptionalLong firstLong(JsonNode node, String... fields) {
    for (String f : fields) {
      OptionalLong v = Json.integer(node, f);
      if (v.isPresent()) {
        return v;
      }
    }
    return OptionalLong.empty();
  }
}
