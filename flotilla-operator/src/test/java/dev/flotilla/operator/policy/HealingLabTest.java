package dev.flotilla.operator.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.config.PolicySettings;
import dev.flotilla.lab.ClusterSpec;
import dev.flotilla.lab.FaultJobArgs;
import dev.flotilla.lab.FaultJobJar;
import dev.flotilla.lab.FlinkLabExtension;
import dev.flotilla.lab.LabCluster;
import dev.flotilla.model.Side;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import dev.flotilla.operator.flink.FlinkEndpoint;
import dev.flotilla.operator.flink.RestFlinkActions;
import dev.flotilla.operator.verify.EngineRollback;
import dev.flotilla.operator.verify.FixVerifier;
import dev.flotilla.operator.verify.Verdict;
import dev.flotilla.operator.verify.VerificationResult;
import dev.flotilla.operator.verify.VerificationTracker;
import dev.flotilla.operator.workflow.Deployment;
import dev.flotilla.operator.workflow.EngineOptions;
import dev.flotilla.operator.workflow.Sleeper;
import dev.flotilla.operator.workflow.StepListener;
import dev.flotilla.operator.workflow.WorkflowEngine;
import dev.flotilla.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Policy → engine → real Flink → verification: a heap-OOM diagnosis (as the live adviser would give
 * it) of a managed job on cluster h-a makes the loop start MEMORY_FIX to h-b (the cluster with more
 * memory per slot); the job then runs on h-b and the fix verifies after the window.
 */
@Tag("lab")
class HealingLabTest {
  private static final String JOB = "healing-job";

  @RegisterExtension
  static FlinkLabExtension lab =
      FlinkLabExtension.withClusters(
          ClusterSpec.of("h-a", "2.3.0").withZone("zone-h").withTaskManagers(1, 2),
          ClusterSpec.of("h-b", "2.3.0").withZone("zone-h").withTaskManagers(1, 2));

  private static FlinkEndpoint endpoint(LabCluster c) {
    return new FlinkEndpoint(c.name(), c.restUrl(), Optional.of(c.checkpointDir()));
  }

  /** RUNNING_NORMAL when the job runs (all tasks) on a cluster, else NOT_RUNNING. */
  private static SliState sli() {
    for (String name : List.of("h-a", "h-b")) {
      for (JsonNode j : lab.jobs().get(lab.cluster(name), "jobs/overview").path("jobs")) {
        if (JOB.equals(j.path("name").asText()) && "RUNNING".equals(j.path("state").asText())) {
          return SliState.RUNNING_NORMAL;
        }
      }
    }
    return SliState.NOT_RUNNING;
  }

  private static List<String> clustersRunningJob() {
    List<String> out = new ArrayList<>();
    for (String name : List.of("h-a", "h-b")) {
      for (JsonNode j : lab.jobs().get(lab.cluster(name), "jobs/overview").path("jobs")) {
        if (JOB.equals(j.path("name").asText()) && "RUNNING".equals(j.path("state").asText())) {
          out.add(name);
        }
      }
    }
    return out;
  }

  @Test
  void cycle_heapOomOnRealFlink_memoryFixMovesJobAndVerifies() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "healing-lab"));
    Files.deleteIfExists(dir.resolve("h.db"));
    LabCluster a = lab.cluster("h-a");
    FaultJobArgs args = FaultJobArgs.healthy(JOB).withRate(200).withKeys(4);
    String jarId = lab.jobs().uploadJar(a, FaultJobJar.locate());
    String id = lab.jobs().run(a, jarId, args, 1, Optional.empty());
    lab.jobs().waitForAllRunning(a, id, Duration.ofSeconds(60));
    Deployment deployment =
        new Deployment(
            FaultJobJar.locate().toString(), FaultJobJar.ENTRY_CLASS, args.toList(), 1, Map.of());

    Clock clock = Clock.systemUTC();
    try (Store store =
        Store.open("jdbc:sqlite:" + dir.resolve("h.db"), Optional.empty(), Optional.empty(), 1)) {
      RestFlinkActions flink =
          new RestFlinkActions(
              List.of(endpoint(a), endpoint(lab.cluster("h-b"))), Duration.ofSeconds(5));
      WorkflowEngine engine =
          new WorkflowEngine(
              store, flink, clock, Sleeper.real(), EngineOptions.defaults(), StepListener.none());
      PolicySettings p =
          new PolicySettings(
              Fixtures.ALL,
              5,
              2,
              Duration.ofMinutes(30),
              20,
              false,
              Set.of(Tier.P0),
              Duration.ofMinutes(1));
      HealingSettings settings = new HealingSettings(p, 0.6, 10, 3, Duration.ofMinutes(1));
      VerificationTracker tracker =
          new VerificationTracker(
              new FixVerifier(p.verifyWindow(), settings.healthyTail()),
              store.workflows(),
              store.actionMemory(),
              store.audit(),
              new EngineRollback(engine, Runnable::run),
              clock);
      HealingLoop loop =
          new HealingLoop(
              new HealingPolicy(settings),
              store.workflows(),
              store.actionMemory(),
              store.audit(),
              new EngineLauncher(engine, Runnable::run),
              new ApprovalQueue(store.workflows(), store.approvals(), store.audit(), clock),
              tracker,
              HealingNotifier.none(),
              clock);
      JobContext job =
          JobContext.managed(JOB, "h-a", Tier.P1, Fixtures.ALL, deployment).withMemoryTarget("h-b");
      DiagnosisInput oom =
          new DiagnosisInput(
              JOB,
              "OOM_HEAP",
              Side.USER,
              0.9,
              List.of("INCREASE_HEAP"),
              List.of("java.lang.OutOfMemoryError: Java heap space"),
              Optional.empty());

      HealingReport first =
          loop.cycle(
              new CycleFacts(
                  List.of(oom),
                  Map.of(JOB, Set.of("OOM_HEAP")),
                  Map.of(JOB, job.withSli(sli())),
                  1,
                  List.of()));
      assertThat(first.decisions()).extracting(Decision::kind).containsExactly(Decision.Kind.START);
      String wf = first.started().get(0);
      assertThat(engine.status(wf).orElseThrow().state()).isEqualTo("SUCCEEDED");
      assertThat(clustersRunningJob()).containsExactly("h-b");

      List<VerificationResult> results = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (results.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(5_000);
        JobContext moved =
            new JobContext(
                JOB,
                "h-b",
                JOB,
                Tier.P1,
                true,
                Fixtures.ALL,
                sli(),
                Optional.of(deployment),
                java.util.OptionalInt.of(1),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        results.addAll(
            loop.cycle(
                    new CycleFacts(
                        List.of(), Map.of(JOB, Set.of()), Map.of(JOB, moved), 0, List.of()))
                .verifications());
      }
      assertThat(results).hasSize(1);
      assertThat(results.get(0).verdict().outcome()).isEqualTo(Verdict.Outcome.SUCCEEDED);
      assertThat(store.actionMemory().list(Optional.empty())).isEmpty();
    }
  }
}
