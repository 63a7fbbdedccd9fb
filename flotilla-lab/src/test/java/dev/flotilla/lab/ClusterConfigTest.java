package dev.flotilla.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClusterConfigTest {
  private final Path work = Path.of("/lab/a");
  private final Path zone = Path.of("/lab/zones/zone-a");

  @Test
  void render_hasPortsDirsAndFastFailureDetection() {
    ClusterSpec spec = ClusterSpec.of("a", "2.3.0").withTaskManagers(2, 3);
    String yaml = new ClusterConfig(spec, work, zone, 18081, 16123).render();

    assertThat(yaml)
        .contains("rest.port: 18081\n")
        .contains("jobmanager.rpc.port: 16123\n")
        .contains("taskmanager.numberOfTaskSlots: 3\n")
        .contains("execution.checkpointing.dir: file:///lab/zones/zone-a/checkpoints\n")
        .contains("execution.checkpointing.savepoint-dir: file:///lab/zones/zone-a/savepoints\n")
        .contains("web.timeout: 15000\n")
        .contains("metrics.fetcher.update-interval: 1000\n")
        .contains("web.refresh-interval: 1000\n")
        .contains("heartbeat.timeout: 10000\n")
        .contains("taskmanager.memory.jvm-overhead.max: 192m\n")
        .doesNotContain("jobmanager.scheduler");
  }

  @Test
  void render_adaptiveSchedulerAndExtraConfigOverride() {
    ClusterSpec spec =
        ClusterSpec.of("a", "1.20.3")
            .withAdaptiveScheduler(true)
            .withConfig("heartbeat.timeout", "20000")
            .withConfig("pipeline.name", "has space");
    String yaml = new ClusterConfig(spec, work, zone, 1, 2).render();

    assertThat(yaml)
        .contains("jobmanager.scheduler: adaptive\n")
        .contains("heartbeat.timeout: 20000\n")
        .doesNotContain("heartbeat.timeout: 10000")
        .contains("pipeline.name: 'has space'\n");
  }

  @Test
  void clusterSpec_rejectsBadNameAndSizes() {
    assertThatThrownBy(() -> ClusterSpec.of("Bad Name", "2.3.0")).hasMessageContaining("Bad Name");
    assertThatThrownBy(() -> ClusterSpec.of("a", "2.3.0").withTaskManagers(1, 0))
        .hasMessageContaining("1 x 0");
  }

  @Test
  void moduleArgfile_opensJavaUtilForJobGraphCompilation() {
    assertThat(JvmFlags.moduleArgfile())
        .contains("--add-opens=java.base/java.util=ALL-UNNAMED\n")
        .contains("--add-exports=java.base/sun.net.util=ALL-UNNAMED\n");
    assertThat(JvmFlags.moduleArgfile().lines().count()).isEqualTo(20);
  }
}
