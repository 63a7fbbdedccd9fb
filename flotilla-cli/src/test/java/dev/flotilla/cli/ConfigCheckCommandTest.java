package dev.flotilla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance cases of `flotilla config check`: valid, bad YAML, unknown key, wrong type. */
class ConfigCheckCommandTest {
  private static final Path CONFIG_TESTS =
      Path.of("..", "flotilla-config", "src", "test", "resources");

  @Test
  void check_validFile_exitsZeroAndSummarizes() {
    CliRun run = CliRun.of("config", "check", CONFIG_TESTS.resolve("valid/valid.yaml").toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("is valid", "3 cluster(s)", "2 managed job(s)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void check_badYaml_namesLineAndColumn() {
    CliRun run =
        CliRun.of("config", "check", CONFIG_TESTS.resolve("invalid/bad-yaml.yaml").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("bad-yaml.yaml:6:10: invalid YAML");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void check_unknownKey_namesKeyAndSuggests() {
    CliRun run =
        CliRun.of("config", "check", CONFIG_TESTS.resolve("invalid/unknown-key.yaml").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "unknown-key.yaml:6:5: clusters[1].rset: unknown key 'rset'; did you mean 'rest'?");
  }

  @Test
  void check_wrongType_reportsEveryErrorWithExpectedType() {
    CliRun run =
        CliRun.of("config", "check", CONFIG_TESTS.resolve("invalid/wrong-type.yaml").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "wrong-type.yaml:6:11: clusters[1].rest: expected an http(s) URL but was 'localhost:8082'")
        .contains("wrong-type.yaml:10:18: jobs[0].parallelism: expected an integer but was 'four'")
        .contains("2 error(s)");
  }

  @Test
  void check_missingFile_isAClearErrorNotAStackTrace(@TempDir Path dir) {
    CliRun run = CliRun.of("config", "check", dir.resolve("nope.yaml").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("nope.yaml").doesNotContain("\tat ");
  }

  @Test
  void commandsNeedingConfig_refuseAnInvalidOneWithExit2(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("flotilla.yaml");
    Files.writeString(bad, "clusters: 3\n");
    CliRun run = CliRun.of("jobs", "--config", bad.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("flotilla.yaml:1").contains("nothing was done");
  }
}
