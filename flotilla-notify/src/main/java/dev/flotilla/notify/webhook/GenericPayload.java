package dev.flotilla.notify.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.notify.Message;
import dev.flotilla.notify.MessageItem;
import java.util.TreeMap;

/**
 * Flotilla's own JSON: {@code kind, key, group, severity, title, summary, count, jobs, items,
 * evidence, fields, link, at} and, for a digest, {@code sections} (each a payload of this shape).
 * {@code jobs} lists every job of the message (machines need all of them; humans read summary).
 */
public final class GenericPayload implements PayloadRenderer {
  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public byte[] render(Message message) {
    try {
      return mapper.writeValueAsBytes(node(message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render notification " + message.key(), e);
    }
  }

  private ObjectNode node(Message m) {
    ObjectNode root = mapper.createObjectNode();
    root.put("kind", m.kind());
    root.put("key", m.key());
    root.put("group", m.group().orElse(null));
    root.put("severity", m.severity().name());
    root.put("title", m.title());
    root.put("summary", m.summary());
    root.put("count", m.jobs().size());
    ArrayNode jobs = root.putArray("jobs");
    m.jobs().forEach(jobs::add);
    ArrayNode items = root.putArray("items");
    for (MessageItem item : m.items()) {
      ObjectNode i = items.addObject();
      i.put("key", item.key());
      i.put("job", item.event().jobKey());
      i.put("cluster", item.event().cluster());
      i.put("tier", item.event().tier().map(Enum::name).orElse(null));
      i.put("severity", item.event().severity().name());
      i.put("status", item.status().name());
      i.put("title", item.event().title());
    }
    ArrayNode evidence = root.putArray("evidence");
    m.evidence().forEach(evidence::add);
    ObjectNode fields = root.putObject("fields");
    new TreeMap<>(m.fields()).forEach(fields::put);
    root.put("link", m.link().orElse(null));
    root.put("at", m.at().toString());
    if (m.isDigest()) {
      ArrayNode sections = root.putArray("sections");
      m.sections().forEach(s -> sections.add(node(s)));
    }
    return root;
  }
}
