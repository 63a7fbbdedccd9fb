package dev.flotilla.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flotilla.notify.Message;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PayloadTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void render_generic_hasDocumentedFields() throws IOException {
    JsonNode body = json.readTree(new GenericPayload().render(WebhookChannelTest.message()));

    assertThat(body.path("kind").asText()).isEqualTo("INTERVAL_OPENED");
    assertThat(body.path("key").asText()).isEqualTo("orders@2026-11-24T10:03Z");
    assertThat(body.path("group").asText()).isEqualTo("cluster:east-a");
    assertThat(body.path("severity").asText()).isEqualTo("CRITICAL");
    assertThat(body.path("jobs").get(0).asText()).isEqualTo("orders");
    assertThat(body.path("items").get(0).path("tier").asText()).isEqualTo("P0");
    assertThat(body.path("evidence").get(0).asText()).startsWith("java.lang.OutOfMemoryError");
    assertThat(body.path("fields").path("restarts").asText()).isEqualTo("3");
    assertThat(body.path("link").asText()).isEqualTo("https://flotilla.example/jobs/orders");
    assertThat(body.path("at").asText()).isEqualTo("2026-11-24T10:03:30Z");
    assertThat(body.has("sections")).isFalse();
  }

  @Test
  void render_slack_hasTextAndEscapedMrkdwnSections() throws IOException {
    Message m = WebhookChannelTest.message();
    Message risky =
        new Message(
            m.channel(),
            m.kind(),
            m.key(),
            m.group(),
            m.severity(),
            "a <b> & c",
            m.summary(),
            m.items(),
            m.evidence(),
            m.fields(),
            m.link(),
            m.at(),
            m.sections());

    JsonNode body = json.readTree(new SlackPayload().render(risky));

    assertThat(body.path("text").asText()).isEqualTo("[CRITICAL] a <b> & c");
    JsonNode first = body.path("blocks").get(0);
    assertThat(first.path("type").asText()).isEqualTo("section");
    assertThat(first.path("text").path("type").asText()).isEqualTo("mrkdwn");
    assertThat(first.path("text").path("text").asText())
        .isEqualTo("*:red_circle: a &lt;b&gt; &amp; c*\n3 restarts in 5 minutes");
    assertThat(body.path("blocks").toString())
        .contains("<https://flotilla.example/jobs/orders|Open in Flotilla>");
  }
}
