package dev.flotilla.store;

import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** Test rows with sensible defaults. */
final class Rows {

  static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  private Rows() {}

  static Instant minute(int n) {
    return T0.plusSeconds(60L * n);
  }

  static ClusterRow cluster(String name) {
    return new ClusterRow(
        name,
        "http://127.0.0.1:8081",
        Optional.of("1.20.3"),
        Optional.of("east"),
        true,
        Optional.empty(),
        T0,
        OptionalInt.of(2),
        OptionalInt.of(8),
        OptionalInt.of(3));
  }

  static JobRow job(String key, String cluster, Tier tier, String owner, JobState state) {
    return new JobRow(
        key,
        cluster,
        Optional.of("a1b2c3"),
        key,
        Optional.of(tier),
        Optional.of(owner),
        false,
        state,
        T0,
        Optional.empty(),
        Optional.of(T0.minusSeconds(10)),
        Optional.of("file:///ckp/" + key + "/chk-1"),
        OptionalLong.of(0),
        OptionalInt.of(4));
  }

  static JobRow job(String key) {
    return job(key, "east-a", Tier.P1, "team-a", JobState.RUNNING);
  }

  static SliInterval open(String jobKey, int startMinute, SliState state) {
    return new SliInterval(
        jobKey,
        "east-a",
        Optional.of(Tier.P0),
        Optional.of("team-a"),
        state,
        minute(startMinute),
        Optional.empty(),
        Set.of("RESTARTING"),
        Side.USER,
        List.of("state RESTARTING at " + minute(startMinute)));
  }

  static DiagnosisRow diagnosis(String jobKey, int atMinute, String label) {
    return new DiagnosisRow(
        jobKey,
        minute(atMinute),
        label,
        Side.USER,
        0.8,
        List.of("INCREASE_HEAP"),
        List.of("java.lang.OutOfMemoryError: Java heap space"),
        "heap exhausted",
        Optional.empty());
  }

  static WorkflowRow workflow(String id, String jobKey, String owner, Instant leaseUntil) {
    return new WorkflowRow(
        id,
        "RESTART_FROM_CHECKPOINT",
        jobKey,
        "{\"checkpoint\":\"file:///ckp/1\"}",
        WorkflowState.RUNNING,
        "flotilla",
        "restart loop",
        T0,
        T0,
        owner,
        leaseUntil);
  }
}
