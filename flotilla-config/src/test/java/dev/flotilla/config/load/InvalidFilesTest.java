package dev.flotilla.config.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.ConfigError;
import dev.flotilla.config.ConfigError.Kind;
import dev.flotilla.config.ConfigResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The files the CLI acceptance test uses; their exact messages are part of the contract. */
class InvalidFilesTest {
  private static final String DIR = "src/test/resources/invalid/";

  private static ConfigResult load(String name) {
    return ConfigLoader.load(Path.of(DIR + name), Map.of());
  }

  @Test
  void load_badYaml_reportsSyntaxErrorAtLineOfProblem() {
    ConfigResult result = load("bad-yaml.yaml");
    assertThat(result.errors()).hasSize(1);
    ConfigError error = result.errors().get(0);
    assertThat(error.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(error.line()).isEqualTo(6);
    assertThat(error.format())
        .startsWith(DIR + "bad-yaml.yaml:6:")
        .contains("invalid YAML: mapping values are not allowed here");
  }

  @Test
  void load_unknownKey_suggestsTheDeclaredKeyOnce() {
    ConfigResult result = load("unknown-key.yaml");
    assertThat(result.formatErrors())
        .isEqualTo(
            DIR
                + "unknown-key.yaml:6:5: clusters[1].rset: unknown key 'rset'; did you mean"
                + " 'rest'?");
  }

  @Test
  void load_wrongType_reportsBothValues() {
    ConfigResult result = load("wrong-type.yaml");
    assertThat(result.formatErrors())
        .isEqualTo(
            DIR
                + "wrong-type.yaml:6:11: clusters[1].rest: expected an http(s) URL but was"
                + " 'localhost:8082'\n"
                + DIR
                + "wrong-type.yaml:10:18: jobs[0].parallelism: expected an integer but was"
                + " 'four'");
  }

  @Test
  void load_missingFile_isAnIoErrorNotAnException() {
    ConfigResult result = load("does-not-exist.yaml");
    assertThat(result.errors()).singleElement().extracting(ConfigError::kind).isEqualTo(Kind.IO);
    assertThat(result.formatErrors()).isEqualTo(DIR + "does-not-exist.yaml: no such file");
  }
}
