package dev.flotilla.operator.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetainedCheckpointsTest {
  @TempDir Path dir;

  @Test
  void latest_picksHighestCompleteCheckpoint() throws Exception {
    Files.createDirectories(dir.resolve("job1/chk-9"));
    Files.writeString(dir.resolve("job1/chk-9/_metadata"), "x");
    Files.createDirectories(dir.resolve("job1/chk-10"));
    Files.writeString(dir.resolve("job1/chk-10/_metadata"), "x");
    Files.createDirectories(dir.resolve("job1/chk-11")); // in progress: no _metadata
    Files.createDirectories(dir.resolve("job1/shared"));

    assertThat(RetainedCheckpoints.latest(dir, "job1"))
        .contains(
            dir.resolve("job1/chk-10").toAbsolutePath().toUri().toString().replaceAll("/$", ""));
    assertThat(RetainedCheckpoints.latest(dir, "job2")).isEmpty();
  }

  @Test
  void parse_endpointWithCheckpointDir_splitsNameUrlAndDir() {
    FlinkEndpoint e = FlinkEndpoint.parse("a=http://localhost:8081|/data/ckpt");

    assertThat(e.name()).isEqualTo("a");
    assertThat(e.rest().toString()).isEqualTo("http://localhost:8081/");
    assertThat(e.checkpointDir()).contains(Path.of("/data/ckpt"));
    assertThatThrownBy(() -> FlinkEndpoint.parse("http://x")).hasMessageContaining("name=url");
  }
}
