package dev.flotilla.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:03:00Z");

  @Test
  void parse_secondsDateAndGarbage() {
    assertThat(RetryAfter.parse(Optional.of("7"), NOW)).hasValue(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse(Optional.of("Tue, 24 Nov 2026 10:03:45 GMT"), NOW))
        .hasValue(Duration.ofSeconds(45));
    assertThat(RetryAfter.parse(Optional.of("Tue, 24 Nov 2026 10:00:00 GMT"), NOW))
        .hasValue(Duration.ZERO);
    assertThat(RetryAfter.parse(Optional.of("soon"), NOW)).isEmpty();
    assertThat(RetryAfter.parse(Optional.empty(), NOW)).isEmpty();
  }
}
