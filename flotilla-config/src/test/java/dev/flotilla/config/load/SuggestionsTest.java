package dev.flotilla.config.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> KEYS = List.of("name", "rest", "flink", "zone", "labels");

  @Test
  void closest_transposedLetters_found() {
    assertThat(Suggestions.closest("rset", KEYS)).contains("rest");
  }

  @Test
  void closest_caseDifference_found() {
    assertThat(Suggestions.closest("Flink", KEYS)).contains("flink");
  }

  @Test
  void closest_unrelatedWord_none() {
    assertThat(Suggestions.closest("frobnicate", KEYS)).isEmpty();
  }

  @Test
  void distance_knownValues() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same")).isZero();
  }
}
