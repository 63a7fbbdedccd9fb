package dev.flotilla.config.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.ConfigResult;
import dev.flotilla.config.NotificationChannel;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationConfigTest {
  private static final String BASE =
      "clusters:\n  - name: a\n    rest: \"http://localhost:8081\"\n";

  @Test
  void channels_parseWithDefaults() {
    ConfigResult r =
        ConfigLoader.parse(
            BASE
                + "notifications:\n  channels:\n"
                + "    - name: oncall\n      url: \"https://hooks.example.com/T0/B0/secret\"\n"
                + "      format: slack\n      secret-env: FLOTILLA_HOOK_SECRET\n",
            "flotilla.yaml",
            Map.of());
    assertThat(r.errors()).isEmpty();
    NotificationChannel c = r.orElseThrow().notifications().get(0);
    assertThat(c.name()).isEqualTo("oncall");
    assertThat(c.format()).isEqualTo("slack");
    assertThat(c.secretEnv()).hasValue("FLOTILLA_HOOK_SECRET");
    assertThat(c.minSeverity()).isEqualTo("warning");
    assertThat(c.groupingWindow()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.ratePerMinute()).isEqualTo(10);
    assertThat(c.toString()).doesNotContain("secret").doesNotContain("T0");
  }

  @Test
  void noSection_meansNoChannels() {
    assertThat(ConfigLoader.parse(BASE, "f.yaml", Map.of()).orElseThrow().notifications())
        .isEmpty();
  }

  @Test
  void badFormat_isAPositionedError() {
    ConfigResult r =
        ConfigLoader.parse(
            BASE
                + "notifications:\n  channels:\n"
                + "    - name: x\n      url: \"http://localhost:9\"\n      format: teams\n",
            "flotilla.yaml",
            Map.of());
    assertThat(r.formatErrors())
        .contains("flotilla.yaml:8:15: notifications.channels[0].format")
        .contains("expected one of [generic, slack] but was 'teams'");
  }

  @Test
  void missingUrl_isReported() {
    ConfigResult r =
        ConfigLoader.parse(
            BASE + "notifications:\n  channels:\n    - name: x\n", "flotilla.yaml", Map.of());
    assertThat(r.formatErrors()).contains("notifications.channels[0]").contains("url");
  }
}
