package dev.flotilla.adviser.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTest {
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void fit_exactLine_slopeAndCrossing() {
    Trend t =
        Trend.fit(
                List.of(
                    new Trend.Point(T, 10),
                    new Trend.Point(T.plusSeconds(60), 14),
                    new Trend.Point(T.plusSeconds(120), 18)))
            .orElseThrow();

    assertThat(t.slopePerMinute()).isCloseTo(4, within(1e-9));
    assertThat(t.reaches(30)).hasValue(T.plusSeconds(300));
  }

  @Test
  void fit_onePointOrOneInstant_empty() {
    assertThat(Trend.fit(List.of(new Trend.Point(T, 1)))).isEmpty();
    assertThat(Trend.fit(List.of(new Trend.Point(T, 1), new Trend.Point(T, 2)))).isEmpty();
  }

  @Test
  void reaches_fallingLine_empty() {
    Trend t =
        Trend.fit(List.of(new Trend.Point(T, 10), new Trend.Point(T.plusSeconds(60), 5)))
            .orElseThrow();
    assertThat(t.reaches(30)).isEmpty();
  }
}
