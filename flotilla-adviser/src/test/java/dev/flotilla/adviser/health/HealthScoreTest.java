package dev.flotilla.adviser.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthScoreTest {
  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

  private static ScoredFinding f(String rule, Severity s, int minutesAgo) {
    return new ScoredFinding(rule, s, NOW.minus(Duration.ofMinutes(minutesAgo)));
  }

  @Test
  void compute_noFindings_is100() {
    assertThat(HealthScore.compute(List.of(), NOW)).isEqualTo(100);
  }

  @Test
  void compute_freshFindings_deductFullPoints() {
    assertThat(
            HealthScore.compute(
                List.of(f("oom-heap", Severity.CRITICAL, 1), f("kafka", Severity.MEDIUM, 4)), NOW))
        .isEqualTo(50);
  }

  @Test
  void compute_olderFindings_weighLessAndExpireAfter30Minutes() {
    assertThat(HealthScore.compute(List.of(f("x", Severity.CRITICAL, 30)), NOW)).isEqualTo(90);
    assertThat(HealthScore.compute(List.of(f("x", Severity.CRITICAL, 31)), NOW)).isEqualTo(100);
    // 17 min old: weight 1 - 0.75 * 12/25 = 0.64, so 40 * 0.64 = 25.6 points
    assertThat(HealthScore.compute(List.of(f("x", Severity.CRITICAL, 17)), NOW)).isEqualTo(74);
  }

  @Test
  void compute_repeatsOfOneRule_countOnceAndScoreNeverBelowZero() {
    assertThat(
            HealthScore.compute(List.of(f("x", Severity.HIGH, 1), f("x", Severity.HIGH, 2)), NOW))
        .isEqualTo(80);
    List<ScoredFinding> many =
        List.of(
            f("a", Severity.CRITICAL, 0),
            f("b", Severity.CRITICAL, 0),
            f("c", Severity.CRITICAL, 0));
    assertThat(HealthScore.compute(many, NOW)).isZero();
  }
}
