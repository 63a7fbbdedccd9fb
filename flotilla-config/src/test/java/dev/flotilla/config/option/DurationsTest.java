package dev.flotilla.config.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({"500ms,500", "10s,10000", "5m,300000", "1h,3600000", "7d,604800000", "0s,0"})
  void parse_eachUnit(String text, long millis) throws ValueException {
    assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10", "10 minutes", "1.5h", "-5s", "PT10M", "", "5w"})
  void parse_malformed_isWrongTypeNamingTheText(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(ValueException.class)
        .hasMessage("expected a duration like 10s, 5m, 1h, 500ms or 7d but was '" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"500ms", "10s", "5m", "1h", "7d", "90s", "1500ms"})
  void format_isInverseOfParse(String text) throws ValueException {
    assertThat(Durations.parse(Durations.format(Durations.parse(text))))
        .isEqualTo(Durations.parse(text));
  }

  @ParameterizedTest
  @CsvSource({"60s,1m", "1500ms,1500ms", "120m,2h"})
  void format_shortestUnit(String in, String out) throws ValueException {
    assertThat(Durations.format(Durations.parse(in))).isEqualTo(out);
  }
}
