package dev.flotilla.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flotilla.config.ConfigError.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigErrorTest {

  @Test
  void format_withPositionAndPath() {
    ConfigError e =
        new ConfigError(
            "flotilla.yaml", 12, 5, "clusters[1].rest", Kind.WRONG_TYPE, "expected an http(s) URL");
    assertThat(e.format())
        .isEqualTo("flotilla.yaml:12:5: clusters[1].rest: expected an http(s) URL");
  }

  @Test
  void format_withoutPositionOrPath() {
    assertThat(new ConfigError("x.yaml", 0, 0, "", Kind.IO, "no such file").format())
        .isEqualTo("x.yaml: no such file");
  }

  @Test
  void result_needsExactlyOneOfConfigOrErrors() {
    assertThatThrownBy(() -> ConfigResult.invalid(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void result_orElseThrow_listsEveryError() {
    ConfigResult result =
        ConfigResult.invalid(
            List.of(
                new ConfigError("f", 1, 1, "a", Kind.MISSING, "one"),
                new ConfigError("f", 2, 1, "b", Kind.MISSING, "two")));
    assertThatThrownBy(result::orElseThrow).hasMessage("f:1:1: a: one\nf:2:1: b: two");
  }
}
