package dev.flotilla.cli.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.ConfigResult;
import dev.flotilla.config.load.ConfigLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new SimCommand());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void call_help_listsEveryOption() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("--seed", "--clusters", "--jobs-per-cluster", "--port", "--speed")
        .contains("--duration", "--truth", "--write-config");
  }

  @Test
  void call_shortFastTimeline_writesAConfigThatLoadsAndTheTruth() throws Exception {
    Path yaml = dir.resolve("sim.yaml");
    Path truth = dir.resolve("truth.csv");
    // 60 simulated minutes at 3600x: about one real second
    Run r =
        run(
            "--clusters=3",
            "--jobs=4",
            "--port=0",
            "--speed=3600",
            "--duration=60m",
            "--truth=" + truth,
            "--write-config=" + yaml);
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("base URL: http://127.0.0.1:").contains("flotilla run --config");
    ConfigResult loaded = ConfigLoader.load(yaml);
    assertThat(loaded.errors()).isEmpty();
    var config = loaded.config().orElseThrow();
    assertThat(config.clusters()).hasSize(3);
    assertThat(config.clusters().get(0).rest().toString()).matches("http://127.0.0.1:\\d+/c000");
    assertThat(config.collector().detailEvery()).isEqualTo(1);
    assertThat(Files.readAllLines(truth)).hasSize(1 + 3 * 4 * 60);
  }

  @Test
  void call_shortDuration_isAUsageError() {
    Run r = run("--duration=30m", "--port=0", "--write-config=" + dir.resolve("x.yaml"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--duration must be at least 60m");
  }
}
