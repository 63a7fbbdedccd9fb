package dev.flotilla.sim;

import dev.flotilla.model.Side;
import dev.flotilla.model.SliState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ground truth: for every job and every minute of the scenario, the SLI state the simulator intends
 * and the side it means the fault to lie on, for a poll at second {@value #SAMPLE_SECOND} of the
 * minute. It follows the SLI rules with {@link SimRules}: a restart loop is SCHEDULING (6 failures
 * a minute); afterwards RUNNING_ABNORMAL while 3 or more failures lie in the last 10 minutes; a
 * FAILED job is NOT_RUNNING; a resubmitted job waiting for slots is healthy for the grace period,
 * then SCHEDULING; a latest completed checkpoint older than the maximum age is RUNNING_ABNORMAL; a
 * REST outage is UNKNOWN.
 */
public final class SimTruth {
  public static final int SAMPLE_SECOND = 30;
  private static final SliState[] STATES = SliState.values();
  private static final Side[] SIDES = Side.values();

  private final Instant start;
  private final int minutes;
  private final Map<String, byte[]> states = new LinkedHashMap<>();
  private final Map<String, byte[]> sides = new LinkedHashMap<>();

  private SimTruth(Instant start, int minutes) {
    this.start = start;
    this.minutes = minutes;
  }

  /** Computes the truth of every job over the whole scenario. */
  public static SimTruth of(SimScenario sc) {
    int n = (int) sc.duration().toMinutes();
    SimTruth t = new SimTruth(sc.start(), n);
    for (SimCluster c : sc.clusters()) {
      for (SimJob j : c.jobs()) {
        byte[] st = new byte[n];
        byte[] sd = new byte[n];
        for (int m = 0; m < n; m++) {
          Instant at = sc.start().plus(Duration.ofMinutes(m)).plusSeconds(SAMPLE_SECOND);
          long packed = derive(sc, j, at);
          st[m] = (byte) (packed >> 8);
          sd[m] = (byte) packed;
        }
        t.states.put(j.jobKey(), st);
        t.sides.put(j.jobKey(), sd);
      }
    }
    return t;
  }

  /** State ordinal << 8 | side ordinal, for a poll at {@code at}. */
  static long derive(SimScenario sc, SimJob job, Instant at) {
    if (sc.outageAt(job.cluster(), at).isPresent()) {
      return pack(SliState.UNKNOWN, Side.UNKNOWN);
    }
    SimRules r = sc.rules();
    JobView v = sc.model().view(job, at);
    Instant windowStart = at.minus(r.restartWindow());
    long rate = v.exceptions().stream().filter(e -> e.at().isAfter(windowStart)).count();
    boolean rateHigh = rate >= r.restartThreshold();
    Side segSide = v.segment().map(Segment::side).orElse(Side.UNKNOWN);
    switch (v.phase()) {
      case FAILED:
        return pack(SliState.NOT_RUNNING, segSide);
      case RESTART_LOOP:
        if (!rateHigh) {
          throw new IllegalStateException("restart loop without restart rate: " + job.jobKey());
        }
        return pack(SliState.SCHEDULING, segSide);
      case WAITING:
        boolean late = Duration.between(v.startTime(), at).compareTo(r.grace()) >= 0;
        return rateHigh || late
            ? pack(SliState.SCHEDULING, segSide)
            : pack(SliState.RUNNING_NORMAL, Side.UNKNOWN);
      default:
        break;
    }
    if (rateHigh) {
      return pack(SliState.RUNNING_ABNORMAL, lastSegmentSide(job, at));
    }
    if (Duration.between(v.latestCheckpointAt(), at).compareTo(r.maxCheckpointAge()) > 0) {
      return pack(SliState.RUNNING_ABNORMAL, segSide);
    }
    return pack(SliState.RUNNING_NORMAL, Side.UNKNOWN);
  }

  private static Side lastSegmentSide(SimJob job, Instant at) {
    Side side = Side.UNKNOWN;
    for (Segment s : job.segments()) {
      if (s.from().isAfter(at)) {
        break;
      }
      side = s.side();
    }
    return side;
  }

  private static long pack(SliState s, Side side) {
    return ((long) s.ordinal() << 8) | side.ordinal();
  }

  public Instant start() {
    return start;
  }

  public int minutes() {
    return minutes;
  }

  public Set<String> jobKeys() {
    return states.keySet();
  }

  /** Truth for minute index {@code m} (0 = scenario start). */
  public SliState state(String jobKey, int m) {
    return STATES[row(states, jobKey)[m]];
  }

  public Side side(String jobKey, int m) {
    return SIDES[row(sides, jobKey)[m]];
  }

  private static byte[] row(Map<String, byte[]> map, String jobKey) {
    byte[] r = map.get(jobKey);
    if (r == null) {
      throw new IllegalArgumentException("no such job in the truth: " + jobKey);
    }
    return r;
  }

  /** Minutes per state over all jobs. */
  public Map<SliState, Long> totals() {
    Map<SliState, Long> m = new LinkedHashMap<>();
    for (SliState s : STATES) {
      m.put(s, 0L);
    }
    for (byte[] row : states.values()) {
      for (byte b : row) {
        m.merge(STATES[b], 1L, Long::sum);
      }
    }
    return m;
  }

  /** CSV: {@code job_key,minute,state,side}, one line per job and minute. */
  public void writeCsv(Writer w) {
    write(
        w,
        "job_key,minute,state,side\n",
        (k, m) -> k + "," + minute(m) + "," + state(k, m) + "," + side(k, m) + "\n");
  }

  /** JSON Lines: {@code {"job":…,"minute":…,"state":…,"side":…}} per job and minute. */
  public void writeJsonl(Writer w) {
    write(
        w,
        "",
        (k, m) ->
            "{\"job\":\""
                + k
                + "\",\"minute\":\""
                + minute(m)
                + "\",\"state\":\""
                + state(k, m)
                + "\",\"side\":\""
                + side(k, m)
                + "\"}\n");
  }

  private Instant minute(int m) {
    return start.plus(Duration.ofMinutes(m));
  }

  private void write(
      Writer w, String header, java.util.function.BiFunction<String, Integer, String> line) {
    try {
      w.write(header);
      for (String k : states.keySet()) {
        for (int m = 0; m < minutes; m++) {
          w.write(line.apply(k, m));
        }
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("writing the simulator truth failed", e);
    }
  }

  /** Jobs and minutes, for messages. */
  public List<String> describe() {
    return List.of(states.size() + " jobs", minutes + " minutes from " + start);
  }
}
