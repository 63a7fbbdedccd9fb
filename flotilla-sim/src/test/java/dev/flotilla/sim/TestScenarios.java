package dev.flotilla.sim;

import dev.flotilla.model.Side;
import dev.flotilla.model.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Small hand-made scenarios for tests. */
public final class TestScenarios {
  static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  static Instant min(int m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  static Segment seg(int from, int to, Phase p, Side side, String ex, String msg) {
    return new Segment(min(from), min(to), p, side, ex, msg, p.name().toLowerCase());
  }

  static SimJob job(String cluster, String id, List<Segment> segments) {
    return new SimJob(
        cluster,
        id,
        "job-" + id.substring(0, 4),
        Tier.P1,
        "team-a",
        2,
        List.of(id.substring(0, 16) + "aaaaaaaaaaaaaaaa", id.substring(0, 16) + "bbbbbbbbbbbbbbbb"),
        segments);
  }

  static final String LOOP_ID = "1111aaaa1111aaaa1111aaaa1111aaaa";
  static final String OOM_ID = "2222bbbb2222bbbb2222bbbb2222bbbb";
  static final String SLOW_ID = "3333cccc3333cccc3333cccc3333cccc";
  static final String LOOP2_ID = "4444dddd4444dddd4444dddd4444dddd";

  /**
   * Cluster "old" (1.20.3): a restart loop at minutes 10..20 and an OOM (FAILED 30..50, WAITING
   * 50..55). Cluster "new" (2.3.0): slow checkpoints at 10..40. "new" is down at 60..70.
   */
  public static SimScenario small() {
    SimJob loop =
        job(
            "old",
            LOOP_ID,
            List.of(
                seg(
                    10,
                    20,
                    Phase.RESTART_LOOP,
                    Side.USER,
                    "java.lang.RuntimeException",
                    "java.lang.RuntimeException: Injected failure: record 3000 on subtask 0")));
    SimJob oom =
        job(
            "old",
            OOM_ID,
            List.of(
                seg(
                    30,
                    50,
                    Phase.FAILED,
                    Side.USER,
                    "java.lang.OutOfMemoryError",
                    "java.lang.OutOfMemoryError: Java heap space"),
                seg(50, 55, Phase.WAITING, Side.USER, "", "")));
    SimJob slow =
        job("new", SLOW_ID, List.of(seg(10, 40, Phase.SLOW_CHECKPOINT, Side.USER, "", "")));
    SimJob loop2 =
        job(
            "new",
            LOOP2_ID,
            List.of(
                seg(
                    10,
                    20,
                    Phase.RESTART_LOOP,
                    Side.PLATFORM,
                    "org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException",
                    "org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: "
                        + "Could not acquire the minimum required resources.")));
    return new SimScenario(
        1,
        T0,
        Duration.ofMinutes(120),
        SimRules.defaults(),
        List.of(
            new SimCluster("old", "1.20.3", 2, List.of(loop, oom)),
            new SimCluster("new", "2.3.0", 1, List.of(slow, loop2))),
        List.of(new Outage("new", min(60), min(70), Outage.Mode.RESET)));
  }
}
