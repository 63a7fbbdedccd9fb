package dev.flotilla.sim;

import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Diffs the SLA engine's intervals against {@link SimTruth}, minute by minute and per job (breach
 * minutes, breach interval counts). Minutes in which Flotilla itself was down are UNKNOWN in the
 * truth too. Reusable for the in-process test and the end-to-end run through the collector.
 */
public final class TruthComparison {
  /** Flotilla was down (or lost its current minute) during [from, to). */
  public record Downtime(Instant from, Instant to) {
    public Downtime {
      Objects.requireNonNull(from);
      Objects.requireNonNull(to);
    }
  }

  /** Outcome; {@link #exact()} when nothing differs. */
  public record Result(
      int jobs,
      long minutesCompared,
      long stateMismatchMinutes,
      long truthBreachMinutes,
      long engineBreachMinutes,
      long truthBreachIntervals,
      long engineBreachIntervals,
      long truthUnknownMinutes,
      long engineUnknownMinutes,
      int jobsWithBreachMinuteMismatch,
      int jobsWithIntervalCountMismatch,
      long sideComparedMinutes,
      long sideAgreedMinutes,
      List<String> examples) {
    public boolean exact() {
      return stateMismatchMinutes == 0
          && jobsWithBreachMinuteMismatch == 0
          && jobsWithIntervalCountMismatch == 0;
    }

    public String summary() {
      return String.format(
          java.util.Locale.ROOT,
          "%d jobs, %d job-minutes: truth %d breach min in %d intervals, engine %d in %d; "
              + "UNKNOWN truth %d engine %d; %d minutes differ; side agrees on %d of %d (%.1f%%)",
          jobs,
          minutesCompared,
          truthBreachMinutes,
          truthBreachIntervals,
          engineBreachMinutes,
          engineBreachIntervals,
          truthUnknownMinutes,
          engineUnknownMinutes,
          stateMismatchMinutes,
          sideAgreedMinutes,
          sideComparedMinutes,
          sideComparedMinutes == 0 ? 100.0 : 100.0 * sideAgreedMinutes / sideComparedMinutes);
    }
  }

  private TruthComparison() {}

  /** Compares minutes [from, to) (minute-aligned, inside the truth's range). */
  public static Result compare(
      SimTruth truth, List<SliInterval> engine, Instant from, Instant to, List<Downtime> down) {
    int m0 = (int) Duration.between(truth.start(), from).toMinutes();
    int n = (int) Duration.between(from, to).toMinutes();
    if (m0 < 0 || m0 + n > truth.minutes()) {
      throw new IllegalArgumentException("window " + from + ".." + to + " outside the truth");
    }
    Map<String, List<SliInterval>> byJob = new HashMap<>();
    for (SliInterval i : engine) {
      byJob.computeIfAbsent(i.jobKey(), k -> new ArrayList<>()).add(i);
    }
    List<String> examples = new ArrayList<>();
    for (String k : byJob.keySet()) {
      if (!truth.jobKeys().contains(k) && examples.size() < 20) {
        examples.add("engine has intervals for a job the simulator does not know: " + k);
      }
    }
    long compared = 0, mismatch = 0, tb = 0, eb = 0, ti = 0, ei = 0, tu = 0, eu = 0;
    long sideN = 0, sideOk = 0;
    int jobBreachDiff = 0, jobIntervalDiff = 0;
    for (String k : truth.jobKeys()) {
      SliState[] t = new SliState[n];
      dev.flotilla.model.Side[] tSide = new dev.flotilla.model.Side[n];
      for (int m = 0; m < n; m++) {
        Instant at = from.plus(Duration.ofMinutes(m));
        boolean isDown = down.stream().anyMatch(d -> !at.isBefore(d.from()) && at.isBefore(d.to()));
        t[m] = isDown ? SliState.UNKNOWN : truth.state(k, m0 + m);
        tSide[m] = truth.side(k, m0 + m);
      }
      SliState[] e = new SliState[n];
      SliInterval[] eInt = new SliInterval[n];
      java.util.Arrays.fill(e, SliState.RUNNING_NORMAL);
      long engineIntervals = 0;
      for (SliInterval i : byJob.getOrDefault(k, List.of())) {
        Instant end = i.end().orElse(to);
        int a = (int) Math.max(0, Duration.between(from, i.start()).toMinutes());
        int b = (int) Math.min(n, Duration.between(from, end).toMinutes());
        if (b > a && i.state().isBreach()) {
          engineIntervals++;
        }
        for (int m = a; m < b; m++) {
          e[m] = i.state();
          eInt[m] = i;
        }
      }
      long jt = 0, je = 0;
      for (int m = 0; m < n; m++) {
        compared++;
        if (t[m].isBreach()) {
          jt++;
        }
        if (e[m].isBreach()) {
          je++;
        }
        tu += t[m] == SliState.UNKNOWN ? 1 : 0;
        eu += e[m] == SliState.UNKNOWN ? 1 : 0;
        if (t[m] != e[m]) {
          mismatch++;
          if (examples.size() < 20) {
            examples.add(
                k
                    + " at "
                    + from.plus(Duration.ofMinutes(m))
                    + ": truth "
                    + t[m]
                    + ", engine "
                    + e[m]
                    + (eInt[m] == null ? "" : " " + eInt[m].reasons()));
          }
        } else if (t[m].isBreach()) {
          sideN++;
          sideOk += eInt[m].side() == tSide[m] ? 1 : 0;
        }
      }
      long truthIntervals = runs(t);
      tb += jt;
      eb += je;
      ti += truthIntervals;
      ei += engineIntervals;
      jobBreachDiff += jt != je ? 1 : 0;
      if (truthIntervals != engineIntervals) {
        jobIntervalDiff++;
        if (examples.size() < 20) {
          examples.add(
              k + ": truth " + truthIntervals + " breach intervals, engine " + engineIntervals);
        }
      }
    }
    return new Result(
        truth.jobKeys().size(),
        compared,
        mismatch,
        tb,
        eb,
        ti,
        ei,
        tu,
        eu,
        jobBreachDiff,
        jobIntervalDiff,
        sideN,
        sideOk,
        examples);
  }

  /** Maximal runs of the same breach state. */
  static long runs(SliState[] s) {
    long count = 0;
    for (int m = 0; m < s.length; m++) {
      if (s[m].isBreach() && (m == 0 || s[m - 1] != s[m])) {
        count++;
      }
    }
    return count;
  }
}
