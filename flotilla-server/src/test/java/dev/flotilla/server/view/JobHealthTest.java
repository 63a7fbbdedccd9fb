package dev.flotilla.server.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.Side;
import dev.flotilla.model.SliState;
import dev.flotilla.store.DiagnosisRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobHealthTest {
  static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

  static DiagnosisRow diagnosis(String label, double confidence, Duration age) {
    return new DiagnosisRow(
        "j",
        NOW.minus(age),
        label,
        Side.USER,
        confidence,
        List.of(),
        List.of(),
        "",
        Optional.empty());
  }

  @ParameterizedTest
  @CsvSource({
    "NOT_RUNNING,10",
    "SCHEDULING,40",
    "RUNNING_ABNORMAL,50",
    "UNKNOWN,70",
    "EXCLUDED,100"
  })
  void score_openInterval_capsByState(SliState state, int expected) {
    assertThat(JobHealth.score(Optional.of(state), Optional.empty(), NOW)).isEqualTo(expected);
  }

  @Test
  void score_freshDiagnosis_capsByConfidence_staleOrUnknownDoesNot() {
    assertThat(
            JobHealth.score(
                Optional.empty(),
                Optional.of(diagnosis("OOM_HEAP", 0.5, Duration.ofHours(1))),
                NOW))
        .isEqualTo(70);
    assertThat(
            JobHealth.score(
                Optional.of(SliState.RUNNING_ABNORMAL),
                Optional.of(diagnosis("OOM_HEAP", 0.9, Duration.ofHours(1))),
                NOW))
        .isEqualTo(46);
    assertThat(
            JobHealth.score(
                Optional.empty(),
                Optional.of(diagnosis("OOM_HEAP", 0.9, Duration.ofHours(7))),
                NOW))
        .isEqualTo(100);
    assertThat(
            JobHealth.score(
                Optional.empty(),
                Optional.of(diagnosis("UNKNOWN", 0.9, Duration.ofMinutes(1))),
                NOW))
        .isEqualTo(100);
  }
}
