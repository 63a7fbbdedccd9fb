package dev.flotilla.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobStateTest {
  @Test
  void parse_knownStateIgnoresCase() {
    assertThat(JobState.parse("restarting")).isEqualTo(JobState.RESTARTING);
  }

  @Test
  void parse_unknownOrMissingTextIsUnknown() {
    assertThat(JobState.parse("SOMETHING_NEW")).isEqualTo(JobState.UNKNOWN);
    assertThat(JobState.parse(null)).isEqualTo(JobState.UNKNOWN);
    assertThat(JobState.parse(" ")).isEqualTo(JobState.UNKNOWN);
  }

  @Test
  void breach_onlyForAbnormalSchedulingAndNotRunning() {
    assertThat(SliState.UNKNOWN.isBreach()).isFalse();
    assertThat(SliState.EXCLUDED.isBreach()).isFalse();
    assertThat(SliState.NOT_RUNNING.isBreach()).isTrue();
  }
}
