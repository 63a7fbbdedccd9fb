package dev.flotilla.config.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.option.ConfigSchema;
import dev.flotilla.config.option.Option;
import dev.flotilla.config.option.OptionGroup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigReferenceTest {
  /** Surefire runs in the module directory; the docs live at the repository root. */
  private static final Path CHECKED_IN = Path.of("../docs/configuration.md");

  @Test
  void markdown_equalsCheckedInReference() throws IOException {
    assertThat(CHECKED_IN)
        .as("docs/configuration.md is missing; run: %s", ConfigReference.REGENERATE_COMMAND)
        .exists();
    String checkedIn = Files.readString(CHECKED_IN, StandardCharsets.UTF_8);
    assertThat(checkedIn)
        .as(
            "docs/configuration.md is stale: an option changed. Regenerate it from the repository"
                + " root with:%n  %s",
            ConfigReference.REGENERATE_COMMAND)
        .isEqualTo(ConfigReference.markdown());
  }

  @Test
  void markdown_listsEveryOptionWithItsDefaultAndEnvVar() {
    String md = ConfigReference.markdown();
    for (OptionGroup group : ConfigSchema.groups()) {
      assertThat(md).contains("## `" + group.path() + "`");
      for (Option<?> option : group.options()) {
        assertThat(md).contains("| `" + option.key() + "` |");
      }
    }
    assertThat(md).contains("| `cooldown` | duration | `10m` |");
    assertThat(md).contains("| `rest` | http(s) URL | **required** |");
    assertThat(md).contains("`FLOTILLA_STORE_PASSWORD`").contains("`FLOTILLA_TOKENS`");
  }

  @Test
  void main_writesTheReferenceToTheGivenFile() throws IOException {
    Path target = Files.createTempDirectory("flotilla-ref").resolve("docs/configuration.md");
    ConfigReference.main(new String[] {target.toString()});
    assertThat(Files.readString(target, StandardCharsets.UTF_8))
        .isEqualTo(ConfigReference.markdown());
  }
}
