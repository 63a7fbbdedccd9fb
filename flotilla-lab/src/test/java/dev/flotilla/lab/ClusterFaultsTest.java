package dev.flotilla.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Process-level faults: TaskManager loss and replacement, frozen REST, JobManager loss. */
@Tag("lab")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultsTest {
  @RegisterExtension
  static FlinkLabExtension lab =
      FlinkLabExtension.withClusters(ClusterSpec.of("faulty", "2.3.0").withTaskManagers(1, 2));

  private static String job;

  private static int taskManagers() {
    return lab.jobs().get(lab.cluster("faulty"), "overview").path("taskmanagers").asInt();
  }

  @Test
  @Order(1)
  void killTaskManager_dropsTaskManagerCount() {
    LabCluster c = lab.cluster("faulty");
    LabJobs jobs = lab.jobs();
    job =
        jobs.run(
            c,
            jobs.uploadJar(c, FaultJobJar.locate()),
            FaultJobArgs.healthy("survivor").withRate(100),
            1,
            Optional.empty());
    jobs.waitForAllRunning(c, job, Duration.ofSeconds(30));
    long pid = c.taskManagerPids().get(0);

    c.killTaskManager(0);

    assertThat(OsProcess.isAlive(pid)).isFalse();
    assertThat(c.taskManagerPids()).isEmpty();
    Eventually.await(
        "TaskManager count 0",
        Duration.ofSeconds(40),
        ClusterFaultsTest::taskManagers,
        n -> n == 0);
  }

  @Test
  @Order(2)
  void startTaskManager_replacementRunsTheJobAgain() {
    LabCluster c = lab.cluster("faulty");
    long pid = c.startTaskManager();

    assertThat(c.taskManagerPids()).containsExactly(pid);
    Eventually.await(
        "TaskManager count 1",
        Duration.ofSeconds(40),
        ClusterFaultsTest::taskManagers,
        n -> n == 1);
    lab.jobs().waitForAllRunning(c, job, Duration.ofSeconds(40));
    assertThat(lab.jobs().getRaw(c, "jobs/" + job + "/exceptions").body())
        .contains("is no longer reachable");
  }

  @Test
  @Order(3)
  void fillSlots_leavesNoFreeSlot() {
    LabCluster c = lab.cluster("faulty");
    String filler = c.fillSlots();

    assertThat(lab.jobs().get(c, "overview").path("slots-available").asInt()).isZero();
    lab.jobs().cancel(c, filler);
  }

  @Test
  @Order(4)
  void freezeRest_makesRestTimeOut_untilUnfrozen() {
    LabCluster c = lab.cluster("faulty");
    c.freezeRest();
    try {
      assertThatThrownBy(() -> lab.jobs().getRaw(c, "overview"))
          .isInstanceOf(LabRestException.class)
          .hasCauseInstanceOf(HttpTimeoutException.class);
    } finally {
      c.unfreezeRest();
    }
    assertThat(lab.jobs().getRaw(c, "overview").status()).isEqualTo(200);
  }

  @Test
  @Order(5)
  void killJobManager_makesRestRefuse() {
    LabCluster c = lab.cluster("faulty");
    long pid = c.jobManagerPid();

    c.killJobManager();

    assertThat(OsProcess.isAlive(pid)).isFalse();
    assertThatThrownBy(() -> lab.jobs().getRaw(c, "overview"))
        .isInstanceOf(LabRestException.class)
        .hasCauseInstanceOf(ConnectException.class);
  }
}
