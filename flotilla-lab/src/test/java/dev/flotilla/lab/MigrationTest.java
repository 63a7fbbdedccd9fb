package dev.flotilla.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Stop-with-savepoint on cluster A, restore on cluster B of the same zone: keyed state carries. */
@Tag("lab")
class MigrationTest {
  @RegisterExtension
  static FlinkLabExtension lab =
      FlinkLabExtension.withClusters(
          ClusterSpec.of("source-a", "2.3.0").withZone("zone-m").withTaskManagers(1, 2),
          ClusterSpec.of("target-b", "2.3.0").withZone("zone-m").withTaskManagers(1, 3));

  @Test
  void stopWithSavepoint_restoreOnOtherCluster_carriesKeyedState() {
    LabCluster a = lab.cluster("source-a");
    LabCluster b = lab.cluster("target-b");
    LabJobs jobs = lab.jobs();
    assertThat(a.savepointDir()).isEqualTo(b.savepointDir());
    FaultJobArgs args = FaultJobArgs.healthy("migrating").withRate(400).withKeys(4);

    String before = jobs.run(a, jobs.uploadJar(a, FaultJobJar.locate()), args, 2, Optional.empty());
    jobs.waitForAllRunning(a, before, Duration.ofSeconds(30));
    double countOnA =
        Eventually.await(
            "maxKeyCount on A",
            Duration.ofSeconds(60),
            () -> jobs.vertexMetric(a, before, 1, "counter.maxKeyCount", "max").orElse(0),
            v -> v >= 1000);

    String savepoint = jobs.stopWithSavepoint(a, before, a.savepointDir());
    assertThat(Files.isDirectory(Path.of(java.net.URI.create(savepoint)))).isTrue();
    jobs.waitForState(a, before, Duration.ofSeconds(20), "FINISHED");

    String after =
        jobs.run(b, jobs.uploadJar(b, FaultJobJar.locate()), args, 3, Optional.of(savepoint));
    jobs.waitForAllRunning(b, after, Duration.ofSeconds(30));
    assertThat(
            jobs.get(b, "jobs/" + after + "/checkpoints")
                .path("latest")
                .path("restored")
                .path("is_savepoint")
                .asBoolean())
        .isTrue();
    // fresh state would start near 0; restored state continues above the value seen on A
    double countOnB =
        Eventually.await(
            "maxKeyCount on B above A's",
            Duration.ofSeconds(60),
            () -> jobs.vertexMetric(b, after, 1, "counter.maxKeyCount", "max").orElse(0),
            v -> v > countOnA);
    assertThat(countOnB).isGreaterThan(countOnA);
    jobs.cancel(b, after);
  }
}
