package dev.flotilla.cli.demo;

import dev.flotilla.lab.ClusterSpec;
import dev.flotilla.lab.FaultJobArgs;
import java.util.List;

/** The demo's clusters and jobs: a few healthy jobs and some whose fault starts after a delay. */
final class DemoFleet {
  private DemoFleet() {}

  /** A job of the demo fleet. */
  record DemoJob(String cluster, String tier, String owner, FaultJobArgs args, int parallelism) {}

  static List<ClusterSpec> clusters() {
    return List.of(
        ClusterSpec.of("east-a", "2.3.0").withZone("east").withTaskManagers(1, 8),
        ClusterSpec.of("east-b", "2.3.0").withZone("east").withTaskManagers(1, 8),
        ClusterSpec.of("west-a", "1.20.3").withZone("west").withTaskManagers(1, 8));
  }

  static List<DemoJob> jobs(double faultAfterSeconds) {
    return List.of(
        new DemoJob("east-a", "P0", "team-orders", FaultJobArgs.healthy("orders-enrichment"), 2),
        new DemoJob("east-b", "P1", "team-pay", FaultJobArgs.healthy("payments-ledger"), 2),
        new DemoJob("west-a", "P2", "team-web", FaultJobArgs.healthy("clickstream-sessions"), 2),
        new DemoJob(
            "east-a",
            "P1",
            "team-risk",
            FaultJobArgs.of("exception-loop", "fraud-scoring")
                .withFaultAfterSeconds(faultAfterSeconds)
                .withEvery(3000)
                .withConf("restart-strategy.fixed-delay.attempts", "1000000"),
            1),
        new DemoJob(
            "east-b",
            "P2",
            "team-web",
            FaultJobArgs.of("slow", "sessionizer")
                .withFaultAfterSeconds(faultAfterSeconds)
                .withSleepMs(1)
                .withRate(5000),
            1),
        new DemoJob(
            "west-a",
            "P2",
            "team-recs",
            FaultJobArgs.of("skew", "recommendations")
                .withFaultAfterSeconds(faultAfterSeconds)
                .withSkewFraction(0.9),
            2),
        new DemoJob(
            "west-a",
            "P3",
            "team-finance",
            FaultJobArgs.of("checkpoint-timeout", "ledger-audit")
                .withFaultAfterSeconds(faultAfterSeconds)
                .withSnapshotSleepMs(5000)
                .withConf("execution.checkpointing.timeout", "2s")
                .withConf("execution.checkpointing.tolerable-failed-checkpoints", "1000"),
            1));
  }
}
