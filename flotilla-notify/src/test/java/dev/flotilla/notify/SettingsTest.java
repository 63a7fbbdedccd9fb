package dev.flotilla.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void toString_hidesSecretAndUrlTokens() {
    ChannelSettings settings =
        ChannelSettings.builder(
                "slack",
                URI.create("https://hooks.slack.com/services/T000/B000/XXXXSECRET?token=abc"))
            .secret("hunter2")
            .build();

    assertThat(settings.toString())
        .doesNotContain("hunter2")
        .doesNotContain("XXXXSECRET")
        .doesNotContain("abc")
        .contains("https://hooks.slack.com/services/***?***");
  }

  @Test
  void mask_keepsHostPortAndFirstSegmentOnly() {
    assertThat(UrlMask.mask(URI.create("http://127.0.0.1:8080/hook?token=abc")))
        .isEqualTo("http://127.0.0.1:8080/hook?***");
    assertThat(UrlMask.mask(URI.create("https://example.com"))).isEqualTo("https://example.com");
  }

  @Test
  void secretFromEnv_missingVariable_namesTheVariable() {
    assertThatThrownBy(() -> ChannelSettings.secretFromEnv("OPS_HOOK_SECRET", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OPS_HOOK_SECRET");
    assertThat(ChannelSettings.secretFromEnv("S", Map.of("S", "x"))).isEqualTo("x");
  }

  @Test
  void builder_nonHttpUrl_isRejectedWithChannelName() {
    assertThatThrownBy(() -> ChannelSettings.builder("ops", URI.create("ftp://x/y")).build())
        .hasMessageContaining("channel 'ops'")
        .hasMessageContaining("http(s)");
  }

  @Test
  void backoffAfter_doublesUpToMax() {
    RetryPolicy policy =
        new RetryPolicy(
            5, Duration.ofSeconds(1), Duration.ofSeconds(5), 0.2, Duration.ofMinutes(1));
    assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.backoffAfter(4)).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.jittered(2, 0.0)).isEqualTo(Duration.ofMillis(1600));
    assertThat(policy.jittered(2, 0.5)).isEqualTo(Duration.ofSeconds(2));
  }
}
