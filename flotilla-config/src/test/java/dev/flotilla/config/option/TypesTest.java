package dev.flotilla.config.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flotilla.config.ConfigError.Kind;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypesTest {

  private static Kind kindOf(ValueType<?> type, String text) {
    try {
      type.fromText(text);
      throw new AssertionError("accepted '" + text + "'");
    } catch (ValueException e) {
      return e.problems().get(0).kind();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://localhost:8081", "https://flink.example.com", "http://10.0.0.1:80/x"})
  void httpUrl_accepts(String text) throws ValueException {
    assertThat(Types.httpUrl().fromText(text)).isEqualTo(URI.create(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost:8081", "ftp://x", "http://", "http//x", "file:///tmp"})
  void httpUrl_rejectsAsWrongType(String text) {
    assertThat(kindOf(Types.httpUrl(), text)).isEqualTo(Kind.WRONG_TYPE);
  }

  @Test
  void uri_needsScheme() throws ValueException {
    assertThat(Types.uri().fromText("s3://bucket/ckpt").getScheme()).isEqualTo("s3");
    assertThat(kindOf(Types.uri(), "/var/ckpt")).isEqualTo(Kind.WRONG_TYPE);
  }

  @Test
  void integer_rangeIsBadValue_textIsWrongType() throws ValueException {
    ValueType<Integer> port = Types.integer(0, 65535);
    assertThat(port.fromText("0")).isZero();
    assertThat(port.fromText("65535")).isEqualTo(65535);
    assertThat(kindOf(port, "65536")).isEqualTo(Kind.BAD_VALUE);
    assertThat(kindOf(port, "80.5")).isEqualTo(Kind.WRONG_TYPE);
    assertThat(port.name()).isEqualTo("integer 0–65535");
  }

  @Test
  void percent_boundsAreExclusiveZeroInclusiveHundred() throws ValueException {
    assertThat(Types.percent().fromText("100")).isEqualTo(100.0);
    assertThat(kindOf(Types.percent(), "0")).isEqualTo(Kind.BAD_VALUE);
    assertThat(kindOf(Types.percent(), "NaN")).isEqualTo(Kind.BAD_VALUE);
    assertThat(kindOf(Types.percent(), "high")).isEqualTo(Kind.WRONG_TYPE);
  }

  @Test
  void positiveDuration_rejectsZero() {
    assertThatThrownBy(() -> Types.positiveDuration().fromText("0s"))
        .hasMessage("must be longer than 0 but was '0s'");
  }

  @Test
  void tier_caseInsensitive() throws ValueException {
    assertThat(Types.tier().fromText("p1").name()).isEqualTo("P1");
  }
}
