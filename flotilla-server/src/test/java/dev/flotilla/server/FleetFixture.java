package dev.flotilla.server;

import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import dev.flotilla.store.ClusterRow;
import dev.flotilla.store.DiagnosisRow;
import dev.flotilla.store.HealthRow;
import dev.flotilla.store.JobRow;
import dev.flotilla.store.Store;
import dev.flotilla.store.WorkflowRow;
import dev.flotilla.store.WorkflowState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A small realistic fleet written through the store's ports: two clusters (one unreachable), eight
 * jobs, SLI intervals (closed and open), diagnoses quoting real Flink failure text, a platform
 * incident shared by two jobs, and workflows including two awaiting approval.
 */
final class FleetFixture {
  static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
  static final String OOM_JOB = "orders-enrichment";
  static final String OOM_EVIDENCE =
      "java.lang.OutOfMemoryError: Java heap space (task 'Enrich -> Sink' at 11:52:07)";
  static final String PENDING_WORKFLOW = "wf-restart-orders";

  private FleetFixture() {}

  static void seed(Store store) {
    store.clusters().upsert(cluster("east-a", true));
    store.clusters().upsert(cluster("west-b", false));
    store
        .jobs()
        .upsertAll(
            List.of(
                job(OOM_JOB, "east-a", Tier.P0, "team-orders", JobState.RESTARTING, 14),
                job("payments-fraud", "east-a", Tier.P0, "team-payments", JobState.RUNNING, 0),
                job("clickstream-sessions", "east-a", Tier.P1, "team-web", JobState.RUNNING, 2),
                job("inventory-sync", "west-b", Tier.P1, "team-stock", JobState.UNKNOWN, 0),
                job("ads-attribution", "west-b", Tier.P2, "team-ads", JobState.UNKNOWN, 0),
                job("search-indexer", "east-a", Tier.P2, "team-search", JobState.RUNNING, 0),
                job("east-a/adhoc-backfill", "east-a", Tier.P3, "team-data", JobState.FAILED, 3),
                job("metrics-rollup", "east-a", Tier.P3, "team-sre", JobState.RUNNING, 0)));
    store.sli().saveIntervalChanges(intervals(), List.of(), NOW.minusSeconds(60));
    store.diagnoses().append(diagnoses());
    store
        .health()
        .append(
            List.of(
                new HealthRow(OOM_JOB, NOW.minus(Duration.ofHours(20)), 96, Optional.empty()),
                new HealthRow(
                    OOM_JOB,
                    NOW.minus(Duration.ofHours(5)),
                    71,
                    Optional.of("3 restarts in 10 min")),
                new HealthRow(OOM_JOB, NOW.minus(Duration.ofHours(1)), 82, Optional.empty()),
                new HealthRow(
                    OOM_JOB,
                    NOW.minus(Duration.ofMinutes(10)),
                    38,
                    Optional.of("OOM_HEAP: java.lang.OutOfMemoryError: Java heap space"))));
    store
        .workflows()
        .create(workflow(PENDING_WORKFLOW, OOM_JOB, WorkflowState.AWAITING_APPROVAL, 20));
    store
        .workflows()
        .create(
            workflow(
                "wf-restart-backfill",
                "east-a/adhoc-backfill",
                WorkflowState.AWAITING_APPROVAL,
                15));
    store
        .workflows()
        .create(
            workflow("wf-rescale-clicks", "clickstream-sessions", WorkflowState.SUCCEEDED, 180));
  }

  static ClusterRow cluster(String name, boolean reachable) {
    return new ClusterRow(
        name,
        "http://127.0.0.1:" + (name.startsWith("east") ? 8081 : 8082),
        Optional.of("2.2.0"),
        Optional.of(name.substring(0, 4)),
        reachable,
        reachable ? Optional.empty() : Optional.of("connect timed out after 5000 ms"),
        NOW.minusSeconds(30),
        OptionalInt.of(reachable ? 4 : 0),
        OptionalInt.of(16),
        OptionalInt.of(reachable ? 3 : 0));
  }

  static JobRow job(
      String key, String cluster, Tier tier, String owner, JobState state, long restarts) {
    String name = key.contains("/") ? key.substring(key.indexOf('/') + 1) : key;
    return new JobRow(
        key,
        cluster,
        Optional.of(Integer.toHexString(key.hashCode()) + "0f1e2d3c"),
        name,
        Optional.of(tier),
        Optional.of(owner),
        !key.contains("/"),
        state,
        NOW.minus(Duration.ofMinutes(5)),
        state == JobState.RESTARTING ? Optional.of(OOM_EVIDENCE) : Optional.empty(),
        Optional.of(NOW.minusSeconds(90)),
        Optional.of("file:///ckp/" + name + "/chk-412"),
        OptionalLong.of(restarts),
        OptionalInt.of(4));
  }

  private static List<SliInterval> intervals() {
    List<SliInterval> out = new ArrayList<>();
    out.add(
        interval(
            OOM_JOB,
            "east-a",
            Tier.P0,
            SliState.RUNNING_ABNORMAL,
            300,
            270,
            Side.USER,
            "restarts 3 in 10 min"));
    out.add(
        interval(
            OOM_JOB,
            "east-a",
            Tier.P0,
            SliState.NOT_RUNNING,
            95,
            80,
            Side.USER,
            "state RESTARTING"));
    out.add(
        interval(
            OOM_JOB,
            "east-a",
            Tier.P0,
            SliState.RUNNING_ABNORMAL,
            12,
            -1,
            Side.USER,
            OOM_EVIDENCE));
    out.add(
        interval(
            "clickstream-sessions",
            "east-a",
            Tier.P1,
            SliState.RUNNING_ABNORMAL,
            200,
            170,
            Side.USER,
            "checkpoint age 14 min > 10 min"));
    out.add(
        interval(
            "inventory-sync",
            "west-b",
            Tier.P1,
            SliState.UNKNOWN,
            25,
            -1,
            Side.PLATFORM,
            "cluster west-b unreachable: connect timed out"));
    out.add(
        interval(
            "ads-attribution",
            "west-b",
            Tier.P2,
            SliState.UNKNOWN,
            25,
            -1,
            Side.PLATFORM,
            "cluster west-b unreachable: connect timed out"));
    out.add(
        interval(
            "east-a/adhoc-backfill",
            "east-a",
            Tier.P3,
            SliState.NOT_RUNNING,
            40,
            -1,
            Side.USER,
            "state FAILED"));
    return out;
  }

  /** An interval from {@code startAgo} to {@code endAgo} minutes before NOW; open if endAgo < 0. */
  private static SliInterval interval(
      String job,
      String cluster,
      Tier tier,
      SliState state,
      int startAgo,
      int endAgo,
      Side side,
      String evidence) {
    return new SliInterval(
        job,
        cluster,
        Optional.of(tier),
        Optional.of("team"),
        state,
        NOW.minus(Duration.ofMinutes(startAgo)),
        endAgo < 0 ? Optional.empty() : Optional.of(NOW.minus(Duration.ofMinutes(endAgo))),
        Set.of(state.name()),
        side,
        List.of(evidence));
  }

  private static List<DiagnosisRow> diagnoses() {
    return List.of(
        new DiagnosisRow(
            OOM_JOB,
            NOW.minus(Duration.ofMinutes(10)),
            "OOM_HEAP",
            Side.USER,
            0.92,
            List.of("INCREASE_HEAP"),
            List.of(
                OOM_EVIDENCE,
                "3 restarts in the last 10 minutes",
                "heap used 98% of 1.0 GiB on taskmanager tm-2 before each failure"),
            "The job runs out of heap in 'Enrich -> Sink'; give the task managers more heap.",
            Optional.empty()),
        new DiagnosisRow(
            "inventory-sync",
            NOW.minus(Duration.ofMinutes(20)),
            "TASKMANAGER_LOST_OR_NETWORK",
            Side.PLATFORM,
            0.8,
            List.of("MIGRATE_TO_HEALTHY_CLUSTER"),
            List.of("cluster west-b unreachable: connect timed out after 5000 ms"),
            "Cluster west-b stopped answering; its jobs are unobserved.",
            Optional.of("inc-west-b-unreachable")),
        new DiagnosisRow(
            "ads-attribution",
            NOW.minus(Duration.ofMinutes(20)),
            "TASKMANAGER_LOST_OR_NETWORK",
            Side.PLATFORM,
            0.8,
            List.of("MIGRATE_TO_HEALTHY_CLUSTER"),
            List.of("cluster west-b unreachable: connect timed out after 5000 ms"),
            "Cluster west-b stopped answering; its jobs are unobserved.",
            Optional.of("inc-west-b-unreachable")),
        new DiagnosisRow(
            "east-a/adhoc-backfill",
            NOW.minus(Duration.ofMinutes(38)),
            "CLASS_OR_DEPENDENCY_CONFLICT",
            Side.USER,
            0.85,
            List.of("FIX_DEPENDENCIES"),
            List.of(
                "java.lang.ClassNotFoundException: org.apache.flink.connector.kafka.source"
                    + ".KafkaSource"),
            "The job jar lacks the Kafka connector.",
            Optional.empty()));
  }

  static WorkflowRow workflow(String id, String job, WorkflowState state, int minutesAgo) {
    Instant at = NOW.minus(Duration.ofMinutes(minutesAgo));
    return new WorkflowRow(
        id,
        id.startsWith("wf-rescale") ? "RESCALE" : "RESTART_FROM_CHECKPOINT",
        job,
        "{\"checkpoint\":\"file:///ckp/" + job + "/chk-412\"}",
        state,
        "flotilla",
        id.startsWith("wf-rescale")
            ? "input rate grew 40%; parallelism 4 -> 6"
            : "restart from checkpoint needs approval (" + job + ")",
        at,
        at,
        "operator-1",
        at.plusSeconds(60));
  }
}
