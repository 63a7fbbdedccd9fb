package dev.flotilla.adviser.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.Adviser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;

/**
 * Runs the adviser over JSONL cases: one output line per input line, same order. Input lines carry
 * {@code id}, {@code log_excerpt} and optionally {@code metrics_hint}, {@code flink_version},
 * {@code phase}. A bad line yields {@code {"id": <if known>, "error": "..."}} and never stops the
 * run.
 */
public final class CaseRunner {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Adviser adviser;

  public CaseRunner(Adviser adviser) {
    this.adviser = adviser;
  }

  /** Reads all lines from {@code jsonl} and writes one JSON result line per input line. */
  public void run(Reader jsonl, Writer out) {
    try {
      BufferedReader reader = new BufferedReader(jsonl);
      int lineNo = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        lineNo++;
        out.write(JSON.writeValueAsString(runLine(line, lineNo).json()));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The outcome for one input line: the parsed case (when valid) and the JSON to print. */
  public record LineResult(Optional<JsonNode> input, Optional<Advice> advice, ObjectNode json) {}

  /** Diagnoses one JSONL line; {@code lineNo} names it in error messages. */
  public LineResult runLine(String line, int lineNo) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      return error(null, "line " + lineNo + ": not JSON (" + firstLine(e.getMessage()) + ")");
    }
    if (node == null || !node.isObject()) {
      return error(null, "line " + lineNo + ": expected a JSON object");
    }
    JsonNode id = node.get("id");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      return error(null, "line " + lineNo + ": missing string field 'id'");
    }
    JsonNode log = node.get("log_excerpt");
    if (log == null || !log.isTextual()) {
      return error(id.asText(), "line " + lineNo + ": missing string field 'log_excerpt'");
    }
    Advice advice;
    try {
      advice =
          adviser.adviseText(
              log.asText(),
              text(node, "metrics_hint"),
              text(node, "flink_version"),
              text(node, "phase"));
    } catch (RuntimeException e) {
      return error(id.asText(), "line " + lineNo + ": adviser failed: " + e.getMessage());
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("id", id.asText());
    out.put("label", advice.label().name());
    out.put("side", advice.side().name());
    if (advice.action().isPresent()) {
      out.put("action", advice.action().get().name());
    } else {
      out.putNull("action");
    }
    out.put("confidence", advice.confidence());
    ArrayNode rules = out.putArray("rules");
    advice.rules().forEach(rules::add);
    ArrayNode evidence = out.putArray("evidence");
    advice.evidence().forEach(evidence::add);
    return new LineResult(Optional.of(node), Optional.of(advice), out);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static LineResult error(String id, String message) {
    ObjectNode out = JSON.createObjectNode();
    if (id == null) {
      out.putNull("id");
    } else {
      out.put("id", id);
    }
    out.put("error", message);
    return new LineResult(Optional.empty(), Optional.empty(), out);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
