package dev.flotilla.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.app.FlotillaService;
import dev.flotilla.cli.FlotillaCommand;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.load.ConfigLoader;
import dev.flotilla.lab.ClusterSpec;
import dev.flotilla.lab.FaultJobArgs;
import dev.flotilla.lab.FaultJobJar;
import dev.flotilla.lab.FlinkLabExtension;
import dev.flotilla.lab.LabCluster;
import dev.flotilla.store.AuditEntry;
import dev.flotilla.store.WorkflowRow;
import dev.flotilla.store.WorkflowState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Self-healing end to end on real Flink, through Flotilla's whole loop (collector → SLA → live
 * adviser → healing policy → workflows → verification), with nothing handed in by the test but the
 * configuration and one {@code kill -9}:
 *
 * <ul>
 *   <li>Flotilla deploys the three managed jobs itself ({@code policy.reconcile});
 *   <li>{@code hungry} needs about 200 MB of heap and runs out of it on {@code heal-a} (a small
 *       TaskManager heap): the adviser diagnoses OOM_HEAP from the real exception, the policy
 *       starts MEMORY_FIX, the job moves to {@code heal-b} (larger heap) and the fix verifies;
 *   <li>{@code buggy} throws a user exception in a loop: it gets a recommendation for a human and
 *       no workflow beyond its deployment (no blind restarts on top of Flink's own);
 *   <li>the only TaskManager of {@code heal-c} is killed under {@code steady}: the job is stranded
 *       without slots, Flotilla migrates it to {@code heal-b} from its retained checkpoint and the
 *       migration verifies.
 * </ul>
 *
 * Each healed job ends with exactly one running copy. Takes about 5 minutes.
 */
@Tag("lab")
class SelfHealingOnRealFlinkTest {
  @RegisterExtension
  static final FlinkLabExtension LAB =
      FlinkLabExtension.withClusters(
          ClusterSpec.of("heal-a", "2.3.0")
              .withZone("zone-h")
              .withTaskManagers(1, 4)
              .withConfig("taskmanager.memory.task.heap.size", "96m"),
          ClusterSpec.of("heal-b", "2.3.0").withZone("zone-h").withTaskManagers(1, 4),
          ClusterSpec.of("heal-c", "2.3.0").withZone("zone-h").withTaskManagers(1, 2));

  private static final List<String> CLUSTERS = List.of("heal-a", "heal-b", "heal-c");

  @TempDir Path dir;

  @Test
  void heapOomGetsMoreHeap_userBugGetsRecommendation_strandedJobMigrates() throws Exception {
    FaultJobArgs hungry =
        FaultJobArgs.of("heap-oom", "hungry").withFaultAfterSeconds(15).withRate(20).withHogMb(192);
    FaultJobArgs buggy =
        FaultJobArgs.of("exception-loop", "buggy")
            .withEvery(1500)
            .withRate(500)
            .withConf("restart-strategy.type", "fixed-delay")
            .withConf("restart-strategy.fixed-delay.attempts", "100000")
            .withConf("restart-strategy.fixed-delay.delay", "1s");
    FaultJobArgs steady = FaultJobArgs.healthy("steady").withRate(200);
    Path config =
        writeConfig(
            List.of(
                job(hungry, "heal-a", "heal-b"),
                job(buggy, "heal-a", "heal-b"),
                job(steady, "heal-c", "heal-b")));
    FlotillaConfig cfg = ConfigLoader.load(config).orElseThrow();

    try (FlotillaService service = FlotillaService.start(cfg, Clock.systemUTC(), r -> {})) {
      var store = service.runtime().store();
      // 1. Flotilla deploys the managed jobs itself.
      waitUntil(
          "the reconciler deployed hungry, buggy and steady",
          Duration.ofMinutes(2),
          () -> runningOn("steady").equals(List.of("heal-c")) && !runningOn("buggy").isEmpty());

      // 2. A stranded job: heal-c loses its only TaskManager once steady's tasks all run there.
      LAB.jobs()
          .waitForAllRunning(
              LAB.cluster("heal-c"), runningId("heal-c", "steady"), Duration.ofSeconds(90));
      Thread.sleep(6_000); // a retained checkpoint (every 2 s) to move it from
      LAB.cluster("heal-c").killTaskManager(0);
      Instant kill = Instant.now();

      // 3. hungry: OOM_HEAP on heal-a → MEMORY_FIX → heal-b, verified.
      WorkflowRow memoryFix =
          waitForWorkflow(store, "hungry", "MEMORY_FIX", WorkflowState.SUCCEEDED, 4);
      assertThat(memoryFix.createdBy()).isEqualTo("flotilla");
      assertThat(memoryFix.reason()).contains("OOM_HEAP").contains("INCREASE_HEAP");
      assertThat(runningOn("hungry")).containsExactly("heal-b");

      // 4. steady: TaskManager lost, no slot left → MIGRATE to heal-b from its checkpoint.
      WorkflowRow migrate = waitForWorkflow(store, "steady", "MIGRATE", WorkflowState.SUCCEEDED, 3);
      assertThat(migrate.reason()).contains("TASKMANAGER_LOST_OR_NETWORK");
      assertThat(migrate.createdAt()).isAfter(kill);
      assertThat(runningOn("steady")).containsExactly("heal-b");

      // 5. Both fixes verified by watching the jobs afterwards.
      waitUntil(
          () ->
              "MEMORY_FIX of hungry and MIGRATE of steady verified; verdicts: "
                  + verdicts(store, "hungry")
                  + verdicts(store, "steady")
                  + "; diagnoses: "
                  + store.diagnoses().latest("hungry")
                  + store.diagnoses().latest("steady"),
          Duration.ofMinutes(4),
          () ->
              verified(store, "hungry", memoryFix.id()) && verified(store, "steady", migrate.id()));
      assertThat(store.actionMemory().list(Optional.empty())).isEmpty();
      Instant hungryDeployed =
          store.workflows().list(Optional.of("hungry"), Optional.empty()).stream()
              .filter(w -> w.type().equals("DEPLOY"))
              .map(WorkflowRow::updatedAt)
              .findFirst()
              .orElseThrow();
      Instant oomOnset = hungryDeployed.plusSeconds(15); // --fault-after-seconds 15
      System.out.printf(
          "SelfHealingOnRealFlinkTest: heap OOM onset -> MEMORY_FIX started %d s, job running on"
              + " heal-b %d s; TaskManager kill -> MIGRATE started %d s, job running on heal-b"
              + " %d s (Flink alone: the OOM job FAILED after 4 restarts, the stranded job waits"
              + " for slots forever)%n",
          Duration.between(oomOnset, memoryFix.createdAt()).toSeconds(),
          Duration.between(oomOnset, memoryFix.updatedAt()).toSeconds(),
          Duration.between(kill, migrate.createdAt()).toSeconds(),
          Duration.between(kill, migrate.updatedAt()).toSeconds());

      // 6. buggy: a recommendation for a human, and no workflow but its deployment.
      List<AuditEntry> buggyAudit = audit(store, "buggy");
      assertThat(buggyAudit)
          .filteredOn(a -> a.action().equals("healing.recommend"))
          .anySatisfy(
              a ->
                  assertThat(a.detailsJson())
                      .contains("\"label\":\"USER_CODE_EXCEPTION\"")
                      .contains("FIX_USER_CODE"));
      assertThat(buggyAudit)
          .as("no automatic action was even attempted for the user bug")
          .noneMatch(a -> a.action().equals("healing.start"));
      assertThat(store.workflows().list(Optional.of("buggy"), Optional.empty()))
          .extracting(WorkflowRow::type)
          .containsOnly("DEPLOY");
      // buggy cycles RUNNING -> RESTARTING every few seconds: sample until it is caught running.
      waitUntil(
          "buggy running again on heal-a (it restarts in a loop)",
          Duration.ofSeconds(30),
          () -> runningOn("buggy").equals(List.of("heal-a")));
      assertThat(runningOn("hungry")).as("exactly one copy").hasSize(1);
      assertThat(runningOn("steady")).as("exactly one copy").hasSize(1);
    }

    StringWriter out = new StringWriter();
    var cmd = FlotillaCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    assertThat(cmd.execute("actions", "--config", config.toString())).isZero();
    assertThat(out.toString()).contains("buggy").contains("FIX_USER_CODE");
    StringWriter wfOut = new StringWriter();
    cmd.setOut(new PrintWriter(wfOut));
    assertThat(cmd.execute("workflows", "--config", config.toString(), "--job", "hungry")).isZero();
    assertThat(wfOut.toString()).contains("MEMORY_FIX").contains("SUCCEEDED");
  }

  private static List<String> verdicts(dev.flotilla.store.Store store, String job) {
    return audit(store, job).stream()
        .filter(a -> a.action().equals("healing.verify"))
        .map(a -> a.outcome() + " " + a.detailsJson())
        .toList();
  }

  private static boolean verified(dev.flotilla.store.Store store, String job, String workflowId) {
    return audit(store, job).stream()
        .anyMatch(
            a ->
                a.action().equals("healing.verify")
                    && a.detailsJson().contains(workflowId)
                    && a.outcome().equals("SUCCEEDED"));
  }

  private static List<AuditEntry> audit(dev.flotilla.store.Store store, String job) {
    return store
        .audit()
        .query(Instant.EPOCH, Instant.now().plusSeconds(60), Optional.of(job), 1000);
  }

  private static WorkflowRow waitForWorkflow(
      dev.flotilla.store.Store store, String job, String type, WorkflowState state, int minutes)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(minutes));
    while (Instant.now().isBefore(deadline)) {
      Optional<WorkflowRow> found =
          store.workflows().list(Optional.of(job), Optional.empty()).stream()
              .filter(w -> w.type().equals(type) && w.state() == state)
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(2_000);
    }
    throw new AssertionError(
        "no "
            + state
            + " "
            + type
            + " workflow for "
            + job
            + " within "
            + minutes
            + " min; workflows: "
            + store.workflows().list(Optional.of(job), Optional.empty()).stream()
                .map(w -> w.type() + "=" + w.state() + " (" + w.reason() + ")")
                .collect(Collectors.joining("; "))
            + "; diagnoses: "
            + store.diagnoses().latest(job)
            + "; audit: "
            + audit(store, job).stream()
                .map(a -> a.action() + " " + a.outcome() + " " + a.detailsJson())
                .collect(Collectors.joining("\n  ")));
  }

  /** The lab clusters on which a copy named {@code name} is RUNNING. */
  private static List<String> runningOn(String name) {
    List<String> out = new ArrayList<>();
    for (String c : CLUSTERS) {
      LabCluster cluster = LAB.cluster(c);
      for (JsonNode j : LAB.jobs().get(cluster, "jobs/overview").path("jobs")) {
        if (name.equals(j.path("name").asText()) && "RUNNING".equals(j.path("state").asText())) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static String runningId(String cluster, String name) {
    for (JsonNode j : LAB.jobs().get(LAB.cluster(cluster), "jobs/overview").path("jobs")) {
      if (name.equals(j.path("name").asText()) && "RUNNING".equals(j.path("state").asText())) {
        return j.path("jid").asText();
      }
    }
    throw new AssertionError(name + " does not run on " + cluster);
  }

  private static void waitUntil(String what, Duration timeout, BooleanSupplier done)
      throws InterruptedException {
    waitUntil(() -> what, timeout, done);
  }

  private static void waitUntil(
      java.util.function.Supplier<String> what, Duration timeout, BooleanSupplier done)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (done.getAsBoolean()) {
        return;
      }
      Thread.sleep(2_000);
    }
    throw new AssertionError("not within " + timeout + ": " + what.get());
  }

  private static String job(FaultJobArgs args, String preferred, String fallback) {
    String argList =
        args.toList().stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "));
    return String.join(
        "\n",
        "  - name: " + args.name(),
        "    tier: P1",
        "    owner: team-" + args.name(),
        "    artifact: \"" + FaultJobJar.locate() + "\"",
        "    entry-class: " + FaultJobJar.ENTRY_CLASS,
        "    args: [" + argList + "]",
        "    placement: { preferred: " + preferred + ", fallback: [" + fallback + "] }");
  }

  private Path writeConfig(List<String> jobs) throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("store: { url: \"jdbc:sqlite:" + dir.resolve("flotilla.db") + "\" }");
    lines.add("clusters:");
    for (String c : CLUSTERS) {
      LabCluster cluster = LAB.cluster(c);
      lines.add("  - name: " + c);
      lines.add("    rest: \"" + cluster.restUrl() + "\"");
      lines.add("    zone: zone-h");
      lines.add("    shared-storage: \"" + cluster.checkpointDir().toUri() + "\"");
    }
    lines.add("collector: { poll-interval: 5s, cycle-deadline: 4s }");
    lines.add("server: { port: 0, bind: 127.0.0.1 }");
    lines.add("sla: { scheduling-grace: 30s }");
    lines.add(
        "policy: { auto-actions: [restart, migrate, memory-fix], approval-tiers: [P0],"
            + " cooldown: 1m, verify-window: 2m, reconcile: true }");
    lines.add("jobs:");
    lines.addAll(jobs);
    lines.add("");
    Path file = dir.resolve("flotilla.yaml");
    Files.writeString(file, String.join("\n", lines));
    return file;
  }
}
