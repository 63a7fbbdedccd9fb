package dev.flotilla.operator.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.lab.ClusterSpec;
import dev.flotilla.lab.FlinkLabExtension;
import dev.flotilla.lab.LabCluster;
import dev.flotilla.operator.workflow.Jsons;
import dev.flotilla.operator.workflow.WorkflowParams;
import dev.flotilla.operator.workflow.WorkflowRequest;
import dev.flotilla.operator.workflow.WorkflowType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance test of crash safety on real Flink: the workflow process (a separate JVM) is
 * killed with SIGKILL right after a step's intent is stored (INTENT) or right after its action but
 * before its result is stored (ACTED); a new process takes over after the lease expires. Each time
 * the workflow must succeed, exactly one copy of the job must be active across both clusters, and
 * its keyed counter must not be older than it was before the workflow started.
 *
 * <p>MIGRATE and RESCALE (savepoint + redeploy; the same four steps: stop-with-savepoint,
 * run-on-target, await-running, record-last-good): every step at INTENT and the acting steps (stop,
 * run) at ACTED; await-running and record-last-good change nothing in Flink, so their ACTED point
 * is the next step's INTENT. MIGRATE also kills at await-running ACTED.
 */
@Tag("lab")
class OperatorCrashLabTest {
  private static final String JOB = "crash-job";

  @RegisterExtension
  static FlinkLabExtension lab =
      FlinkLabExtension.withClusters(
          ClusterSpec.of("op-a", "2.3.0").withZone("zone-op").withTaskManagers(1, 4),
          ClusterSpec.of("op-b", "2.3.0").withZone("zone-op").withTaskManagers(1, 4));

  private static String where = "op-a";
  private static int parallelism = 2;

  static Stream<Arguments> killPoints() {
    return Stream.of(
        Arguments.of(WorkflowType.MIGRATE, 0, "INTENT"),
        Arguments.of(WorkflowType.MIGRATE, 0, "ACTED"),
        Arguments.of(WorkflowType.MIGRATE, 1, "INTENT"),
        Arguments.of(WorkflowType.MIGRATE, 1, "ACTED"),
        Arguments.of(WorkflowType.MIGRATE, 2, "INTENT"),
        Arguments.of(WorkflowType.MIGRATE, 2, "ACTED"),
        Arguments.of(WorkflowType.MIGRATE, 3, "INTENT"),
        Arguments.of(WorkflowType.RESCALE, 0, "INTENT"),
        Arguments.of(WorkflowType.RESCALE, 0, "ACTED"),
        Arguments.of(WorkflowType.RESCALE, 1, "INTENT"),
        Arguments.of(WorkflowType.RESCALE, 1, "ACTED"),
        Arguments.of(WorkflowType.RESCALE, 2, "INTENT"),
        Arguments.of(WorkflowType.RESCALE, 3, "INTENT"));
  }

  @ParameterizedTest(name = "{0} killed at step {1} {2}")
  @MethodSource("killPoints")
  void killedWorkflowProcess_resumes_withOneCopyAndNoOlderState(
      WorkflowType type, int step, String event) throws Exception {
    LabFleet fleet = new LabFleet(lab);
    LabCluster a = lab.cluster("op-a");
    LabCluster b = lab.cluster("op-b");
    LabCluster source = lab.cluster(where);
    LabCluster target = source == a ? b : a;
    List<String> before = fleet.activeCopies(JOB, a, b);
    String oldId =
        before.isEmpty() ? fleet.start(source, JOB, parallelism) : before.get(0).split("/")[1];
    double countBefore = fleet.awaitCount(source, oldId, 300, Duration.ofSeconds(30));
    assertThat(countBefore).as("counter before the workflow").isGreaterThanOrEqualTo(300);

    int newParallelism = parallelism == 2 ? 3 : 2;
    WorkflowParams params =
        WorkflowParams.of(source.name(), JOB)
            .withJobId(oldId)
            .withDeployment(LabFleet.deployment(JOB, parallelism))
            .withHealthyWithinMs(60_000);
    params =
        type == WorkflowType.MIGRATE
            ? params.withTargetCluster(target.name())
            : params.withParallelism(newParallelism).withInPlace(false);
    Path dir = Files.createDirectories(Path.of("target", "operator-crash"));
    Path request = dir.resolve("request.json");
    Files.writeString(
        request,
        Jsons.write(
            new WorkflowRequest(
                type, JOB, params, "crash-test", "kill at step " + step + " " + event)));
    List<String> common =
        List.of(
            "--store",
            "jdbc:sqlite:" + dir.resolve("ops.db").toAbsolutePath(),
            "--clusters",
            LabFleet.spec(a) + "," + LabFleet.spec(b),
            "--lease-ms",
            "3000");

    String killLine = " " + step + " ";
    OperatorProcess first =
        OperatorProcess.launch(
            dir.resolve("first.log"),
            line ->
                line.startsWith("STEP ") && line.contains(killLine) && line.endsWith(" " + event),
            concat(
                common,
                "--start",
                request.toString(),
                "--pause-after-intent-ms",
                "1500",
                "--pause-after-action-ms",
                "1500"));
    int firstExit = first.await(120);
    assertThat(firstExit).as("first process killed, output %s", first.lines()).isEqualTo(137);

    OperatorProcess second =
        OperatorProcess.launch(
            dir.resolve("second.log"), line -> false, concat(common, "--resume-wait-ms", "20000"));
    assertThat(second.await(180)).as("second process output %s", second.lines()).isZero();
    assertThat(second.lines()).anyMatch(l -> l.startsWith("WORKFLOW ") && l.endsWith(" SUCCEEDED"));

    LabCluster now = type == WorkflowType.MIGRATE ? target : source;
    List<String> copies = fleet.activeCopies(JOB, a, b);
    assertThat(copies).as("active copies after the workflow").hasSize(1);
    assertThat(copies.get(0)).startsWith(now.name() + "/");
    String newId = copies.get(0).split("/")[1];
    assertThat(newId).isNotEqualTo(oldId);
    lab.jobs().waitForAllRunning(now, newId, Duration.ofSeconds(30));
    double countAfter = fleet.awaitCount(now, newId, countBefore, Duration.ofSeconds(20));
    assertThat(countAfter).as("keyed counter after restore").isGreaterThanOrEqualTo(countBefore);

    where = now.name();
    if (type == WorkflowType.RESCALE) {
      parallelism = newParallelism;
    }
  }

  private static List<String> concat(List<String> head, String... tail) {
    return Stream.concat(head.stream(), Stream.of(tail)).toList();
  }
}
