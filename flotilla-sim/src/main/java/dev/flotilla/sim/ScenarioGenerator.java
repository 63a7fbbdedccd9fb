package dev.flotilla.sim;

import dev.flotilla.model.Side;
import dev.flotilla.model.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Builds a {@link SimScenario} from a seed. Incidents (all minute-aligned, never overlapping on one
 * job, at least one healthy minute apart): per-job restart loops (user exception), heap OOM →
 * FAILED → resubmitted, slow checkpoints; per-cluster node loss (restart loop on every job,
 * PLATFORM); one bad Flink version failing about half of the jobs of its clusters at once
 * (PLATFORM); and REST outages (the first lasts exactly 10 minutes).
 */
public final class ScenarioGenerator {
  /** What to generate. Rates are per job per 6 hours of simulated time. */
  public record Spec(
      long seed,
      int clusters,
      int jobsPerCluster,
      Instant start,
      Duration duration,
      double restartLoopRate,
      double oomRate,
      double slowCheckpointRate,
      int nodeLosses,
      int outages) {
    public Spec {
      if (clusters < 1 || jobsPerCluster < 1) {
        throw new IllegalArgumentException("need at least one cluster and one job per cluster");
      }
      if (duration.toMinutes() < 60) {
        throw new IllegalArgumentException("scenario must last at least 60 min: " + duration);
      }
    }

    public static Spec of(long seed, int clusters, int jobsPerCluster, Instant start, Duration d) {
      return new Spec(seed, clusters, jobsPerCluster, start, d, 0.08, 0.04, 0.05, 2, 2);
    }
  }

  static final List<String> VERSIONS = List.of("1.20.3", "2.2.0", "2.3.0");
  private static final List<String> WORDS =
      List.of("orders", "clicks", "payments", "sessions", "fraud", "inventory", "search", "ads");

  private final Spec spec;
  private final Random rnd;
  private final int minutes;

  private ScenarioGenerator(Spec spec) {
    this.spec = spec;
    this.rnd = new Random(spec.seed());
    this.minutes = (int) spec.duration().toMinutes();
  }

  public static SimScenario generate(Spec spec) {
    return new ScenarioGenerator(spec).build();
  }

  private SimScenario build() {
    List<String> names = new ArrayList<>();
    List<String> versions = new ArrayList<>();
    List<List<List<Segment>>> segs = new ArrayList<>();
    for (int c = 0; c < spec.clusters(); c++) {
      names.add(String.format(Locale.ROOT, "c%03d", c));
      versions.add(VERSIONS.get(rnd.nextInt(VERSIONS.size())));
      List<List<Segment>> perJob = new ArrayList<>();
      for (int j = 0; j < spec.jobsPerCluster(); j++) {
        perJob.add(new ArrayList<>());
      }
      segs.add(perJob);
    }
    double scale = minutes / 360.0;
    for (List<List<Segment>> cluster : segs) {
      for (List<Segment> job : cluster) {
        if (rnd.nextDouble() < spec.restartLoopRate() * scale) {
          int len = 5 + rnd.nextInt(36);
          int at = randomStart(len);
          int rec = 1000 * (1 + rnd.nextInt(9));
          add(
              job,
              at,
              len,
              Phase.RESTART_LOOP,
              Side.USER,
              "java.lang.RuntimeException",
              "java.lang.RuntimeException: Injected failure: record " + rec + " on subtask 0",
              "restart-loop");
        }
        if (rnd.nextDouble() < spec.oomRate() * scale) {
          int len = 15 + rnd.nextInt(46);
          int at = randomStart(len + 6);
          if (add(
              job,
              at,
              len,
              Phase.FAILED,
              Side.USER,
              "java.lang.OutOfMemoryError",
              "java.lang.OutOfMemoryError: Java heap space",
              "heap-oom")) {
            add(
                job,
                at + len,
                1 + rnd.nextInt(5),
                Phase.WAITING,
                Side.USER,
                "",
                "",
                "resubmit-after-oom");
          }
        }
        if (rnd.nextDouble() < spec.slowCheckpointRate() * scale) {
          int len = 5 + rnd.nextInt(56);
          add(
              job,
              randomStart(len),
              len,
              Phase.SLOW_CHECKPOINT,
              Side.USER,
              "",
              "",
              "slow-checkpoints");
        }
      }
    }
    for (int n = 0; n < spec.nodeLosses(); n++) {
      int c = rnd.nextInt(spec.clusters());
      int len = 4 + rnd.nextInt(9);
      int at = randomStart(len);
      for (List<Segment> job : segs.get(c)) {
        add(
            job,
            at,
            len,
            Phase.RESTART_LOOP,
            Side.PLATFORM,
            "org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException",
            "org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: "
                + "Could not acquire the minimum required resources.",
            "node-loss");
      }
    }
    String bad = VERSIONS.get(rnd.nextInt(VERSIONS.size()));
    int badAt = randomStart(40);
    int badLen = 20 + rnd.nextInt(11);
    for (int c = 0; c < spec.clusters(); c++) {
      if (!versions.get(c).equals(bad)) {
        continue;
      }
      for (List<Segment> job : segs.get(c)) {
        if (rnd.nextBoolean()
            && add(
                job,
                badAt,
                badLen,
                Phase.FAILED,
                Side.PLATFORM,
                "java.lang.IllegalStateException",
                "java.lang.IllegalStateException: Unexpected state handle type in "
                    + "org.apache.flink.runtime.state.SnapshotResult (Flink "
                    + bad
                    + ")",
                "bad-flink-version")) {
          add(
              job,
              badAt + badLen,
              5,
              Phase.WAITING,
              Side.PLATFORM,
              "",
              "",
              "resubmit-after-bad-version");
        }
      }
    }
    List<Outage> outages = new ArrayList<>();
    for (int o = 0; o < spec.outages(); o++) {
      int len = o == 0 ? 10 : 3 + rnd.nextInt(10);
      int at = randomStart(len);
      outages.add(
          new Outage(
              names.get(rnd.nextInt(names.size())),
              min(at),
              min(at + len),
              o % 2 == 0 ? Outage.Mode.RESET : Outage.Mode.HANG));
    }
    List<SimCluster> clusters = new ArrayList<>();
    for (int c = 0; c < spec.clusters(); c++) {
      List<SimJob> jobs = new ArrayList<>();
      for (int j = 0; j < spec.jobsPerCluster(); j++) {
        List<Segment> s = new ArrayList<>(segs.get(c).get(j));
        s.sort((a, b) -> a.from().compareTo(b.from()));
        jobs.add(job(names.get(c), c, j, s));
      }
      clusters.add(new SimCluster(names.get(c), versions.get(c), 2 + rnd.nextInt(6), jobs));
    }
    return new SimScenario(
        spec.seed(), spec.start(), spec.duration(), SimRules.defaults(), clusters, outages);
  }

  private SimJob job(String cluster, int c, int j, List<Segment> segments) {
    Function<Integer, String> hex =
        salt ->
            String.format(Locale.ROOT, "%016x%016x", spec.seed() * 31 + c, (long) j * 977 + salt);
    Tier tier = Tier.values()[Math.min(3, rnd.nextInt(5))];
    String name = WORDS.get(j % WORDS.size()) + "-" + String.format(Locale.ROOT, "%04d", j);
    return new SimJob(
        cluster,
        hex.apply(0),
        name,
        tier,
        "team-" + rnd.nextInt(20),
        1 + rnd.nextInt(4),
        List.of(hex.apply(1), hex.apply(2)),
        segments);
  }

  private int randomStart(int len) {
    int latest = Math.max(6, minutes - len - 2);
    return 5 + rnd.nextInt(latest - 5 + 1);
  }

  private Instant min(int m) {
    return spec.start().plus(Duration.ofMinutes(m));
  }

  /** Adds a segment unless it overlaps (or touches) an existing one or leaves the timeline. */
  private boolean add(
      List<Segment> job, int at, int len, Phase p, Side side, String ex, String msg, String cause) {
    if (at < 1 || at + len > minutes) {
      return false;
    }
    Instant from = min(at);
    Instant to = min(at + len);
    for (Segment s : job) {
      boolean apart =
          !to.plus(Duration.ofMinutes(1)).isAfter(s.from())
              || !s.to().plus(Duration.ofMinutes(1)).isAfter(from);
      boolean chained = p == Phase.WAITING && s.to().equals(from);
      if (!apart && !chained) {
        return false;
      }
    }
    job.add(new Segment(from, to, p, side, ex, msg, cause));
    return true;
  }
}
