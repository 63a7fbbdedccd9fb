package dev.flotilla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class FlotillaCommandTest {
  @Test
  void help_listsEveryTopLevelCommand() {
    CliRun run = CliRun.of("--help");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("config", "clusters", "jobs", "job", "advise", "sla", "run", "demo")
        .contains("Exit codes");
  }

  static Stream<String> commandPaths() {
    List<String> paths = new ArrayList<>();
    collect(FlotillaCommand.commandLine(), "", paths);
    return paths.stream();
  }

  private static void collect(CommandLine cmd, String prefix, List<String> paths) {
    for (var e : cmd.getSubcommands().entrySet()) {
      if (e.getKey().equals("help") || !e.getValue().getCommandName().equals(e.getKey())) {
        continue; // skip picocli's help command and aliases
      }
      String path = (prefix + " " + e.getKey()).trim();
      paths.add(path);
      collect(e.getValue(), path, paths);
    }
  }

  @ParameterizedTest
  @MethodSource("commandPaths")
  void everyCommand_hasHelp(String path) {
    List<String> args = new ArrayList<>(List.of(path.split(" ")));
    args.add("--help");
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.code()).as(path + " --help").isZero();
    assertThat(run.out()).as(path + " --help").contains("Usage: flotilla " + path);
  }

  @Test
  void unknownOption_isUsageErrorWithExitCode2() {
    CliRun run = CliRun.of("jobs", "--no-such-option");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option", "--no-such-option", "--help");
  }

  @Test
  void badDuration_namesTheOption() {
    CliRun run = CliRun.of("sla", "--since", "soon");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--since").contains("soon");
  }

  @Test
  void slaBy_acceptsAValueThatIsAlsoASubcommandName(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path config = dir.resolve("flotilla.yaml");
    java.nio.file.Files.writeString(
        config,
        "store: { url: \"jdbc:sqlite:"
            + dir.resolve("f.db")
            + "\" }\n"
            + "clusters:\n  - name: a\n    rest: \"http://localhost:1\"\n");
    CliRun run = CliRun.of("sla", "--by", "job", "--since", "1h", "--config", config.toString());
    assertThat(run.err()).doesNotContain("Expected parameter");
    assertThat(run.code()).isZero();
  }
}
