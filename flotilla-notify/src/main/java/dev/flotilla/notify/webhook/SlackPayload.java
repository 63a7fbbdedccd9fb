package dev.flotilla.notify.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.notify.Message;
import dev.flotilla.notify.Severity;
import java.util.List;
import java.util.TreeMap;

/**
 * Slack-compatible body: {@code {"text": fallback, "blocks": [...]}} with mrkdwn sections. Text is
 * escaped (&amp;, &lt;, &gt;) and cut to Slack's limits; a digest gets one section per part.
 */
public final class SlackPayload implements PayloadRenderer {
  private static final int MAX_SECTION_CHARS = 2900;
  private static final int MAX_DIGEST_SECTIONS = 20;
  private static final int MAX_EVIDENCE_LINES = 5;
  private static final int MAX_FIELDS = 10;
  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public byte[] render(Message message) {
    ObjectNode root = mapper.createObjectNode();
    root.put("text", "[" + message.severity() + "] " + message.title());
    ArrayNode blocks = root.putArray("blocks");
    section(
        blocks,
        "*" + icon(message) + " " + escape(message.title()) + "*\n" + escape(message.summary()));
    if (message.isDigest()) {
      List<Message> parts = message.sections();
      for (Message part : parts.subList(0, Math.min(MAX_DIGEST_SECTIONS, parts.size()))) {
        section(
            blocks, "*" + icon(part) + " " + escape(part.title()) + "*\n" + escape(part.summary()));
      }
      if (parts.size() > MAX_DIGEST_SECTIONS) {
        section(blocks, "… and " + (parts.size() - MAX_DIGEST_SECTIONS) + " more");
      }
    }
    if (!message.evidence().isEmpty()) {
      List<String> lines = message.evidence();
      section(
          blocks,
          "```"
              + escape(
                  String.join("\n", lines.subList(0, Math.min(MAX_EVIDENCE_LINES, lines.size()))))
              + "```");
    }
    if (!message.fields().isEmpty()) {
      ObjectNode context = blocks.addObject();
      context.put("type", "context");
      ArrayNode elements = context.putArray("elements");
      new TreeMap<>(message.fields())
          .entrySet().stream()
              .limit(MAX_FIELDS)
              .forEach(
                  e -> {
                    ObjectNode el = elements.addObject();
                    el.put("type", "mrkdwn");
                    el.put("text", "*" + escape(e.getKey()) + ":* " + escape(e.getValue()));
                  });
    }
    message.link().ifPresent(url -> section(blocks, "<" + url + "|Open in Flotilla>"));
    try {
      return mapper.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render notification " + message.key(), e);
    }
  }

  private static void section(ArrayNode blocks, String mrkdwn) {
    ObjectNode section = blocks.addObject();
    section.put("type", "section");
    ObjectNode text = section.putObject("text");
    text.put("type", "mrkdwn");
    text.put(
        "text",
        mrkdwn.length() > MAX_SECTION_CHARS
            ? mrkdwn.substring(0, MAX_SECTION_CHARS) + "…"
            : mrkdwn);
  }

  private static String icon(Message m) {
    if (m.kind().equals(Message.REMINDER)) {
      return ":alarm_clock:";
    }
    if (m.kind().endsWith("_CLOSED") || m.kind().endsWith("_RESOLVED")) {
      return ":white_check_mark:";
    }
    return m.severity() == Severity.CRITICAL
        ? ":red_circle:"
        : m.severity() == Severity.WARNING ? ":warning:" : ":information_source:";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
