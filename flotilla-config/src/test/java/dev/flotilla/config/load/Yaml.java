package dev.flotilla.config.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.ConfigError;
import dev.flotilla.config.ConfigResult;
import dev.flotilla.config.FlotillaConfig;
import java.util.List;
import java.util.Map;

/** Test helpers: parse text, expect success or errors. */
final class Yaml {
  static final String CLUSTERS =
      """
      clusters:
        - name: east-a
          rest: "http://localhost:8081"
        - name: east-b
          rest: "http://localhost:8082"
      """;

  private Yaml() {}

  static FlotillaConfig valid(String yaml) {
    ConfigResult result = ConfigLoader.parse(yaml, "flotilla.yaml");
    assertThat(result.errors()).as(result.formatErrors()).isEmpty();
    return result.orElseThrow();
  }

  static List<ConfigError> errors(String yaml) {
    return errors(yaml, Map.of());
  }

  static List<ConfigError> errors(String yaml, Map<String, String> env) {
    ConfigResult result = ConfigLoader.parse(yaml, "flotilla.yaml", env);
    assertThat(result.isValid()).as("expected errors for:\n" + yaml).isFalse();
    return result.errors();
  }

  /** The only error; fails listing all of them when there are more. */
  static ConfigError single(String yaml) {
    List<ConfigError> errors = errors(yaml);
    assertThat(errors).as(ConfigResult.invalid(errors).formatErrors()).hasSize(1);
    return errors.get(0);
  }
}
