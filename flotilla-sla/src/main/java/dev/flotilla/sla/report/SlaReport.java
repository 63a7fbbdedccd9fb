package dev.flotilla.sla.report;

import dev.flotilla.model.Side;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import dev.flotilla.sla.JobContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SLA report over a window [from, to), evaluated as of {@code asOf} (open intervals and elapsed
 * time stop there). Pure: intervals and job contexts in, rows out. Grouping by SIDE splits the
 * breach minutes by side while the observed minutes and budget are the fleet's.
 */
public record SlaReport(
    Instant from, Instant to, Instant asOf, GroupBy groupBy, List<ReportRow> rows) {

  public SlaReport {
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    Objects.requireNonNull(asOf);
    Objects.requireNonNull(groupBy);
    rows = List.copyOf(rows);
  }

  /** Minutes of one job inside the window. */
  private static final class JobTally {
    String key;
    String cluster;
    Optional<Tier> tier;
    Optional<String> owner;
    long total;
    long unknown;
    long excluded;
    final Map<Side, long[]> breach = new LinkedHashMap<>(); // side -> {minutes, intervals}

    long breachMinutes() {
      return breach.values().stream().mapToLong(v -> v[0]).sum();
    }

    long intervals() {
      return breach.values().stream().mapToLong(v -> v[1]).sum();
    }
  }

  public static SlaReport build(
      List<SliInterval> intervals,
      Collection<JobContext> jobs,
      Instant from,
      Instant to,
      Instant asOf,
      GroupBy groupBy,
      SloTargets targets) {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("report window end " + to + " must be after " + from);
    }
    Instant end = asOf.isBefore(to) ? (asOf.isBefore(from) ? from : asOf) : to;
    long windowMinutes = Duration.between(from, to).toMinutes();
    long elapsed = Duration.between(from, end).toMinutes();
    Map<String, JobTally> tallies = new TreeMap<>();
    for (JobContext c : jobs) {
      JobTally t = tally(tallies, c.jobKey(), c.cluster(), c.tier(), c.owner(), elapsed);
      t.tier = c.tier();
      t.owner = c.owner();
    }
    for (SliInterval i : intervals) {
      JobTally t = tally(tallies, i.jobKey(), i.cluster(), i.tier(), i.owner(), elapsed);
      Instant s = i.start().isBefore(from) ? from : i.start();
      Instant e = i.end().orElse(end);
      e = e.isAfter(end) ? end : e;
      long minutes = e.isAfter(s) ? Duration.between(s, e).toMinutes() : 0;
      if (minutes == 0) {
        continue;
      }
      if (i.state() == SliState.UNKNOWN) {
        t.unknown += minutes;
      } else if (i.state() == SliState.EXCLUDED) {
        t.excluded += minutes;
      } else if (i.state().isBreach()) {
        long[] v = t.breach.computeIfAbsent(i.side(), k -> new long[2]);
        v[0] += minutes;
        v[1]++;
      }
    }
    List<ReportRow> rows = new ArrayList<>();
    if (groupBy == GroupBy.SIDE) {
      for (Side side : Side.values()) {
        rows.add(sideRow(side, tallies.values(), windowMinutes, elapsed, targets));
      }
    } else {
      Map<String, List<JobTally>> groups = new TreeMap<>();
      for (JobTally t : tallies.values()) {
        groups.computeIfAbsent(groupKey(t, groupBy), k -> new ArrayList<>()).add(t);
      }
      groups.forEach((k, g) -> rows.add(row(k, g, windowMinutes, elapsed, targets)));
    }
    return new SlaReport(from, to, asOf, groupBy, rows);
  }

  private static JobTally tally(
      Map<String, JobTally> m,
      String key,
      String cluster,
      Optional<Tier> tier,
      Optional<String> owner,
      long elapsed) {
    return m.computeIfAbsent(
        key,
        k -> {
          JobTally t = new JobTally();
          t.key = key;
          t.cluster = cluster;
          t.tier = tier;
          t.owner = owner;
          t.total = elapsed;
          return t;
        });
  }

  private static String groupKey(JobTally t, GroupBy g) {
    return switch (g) {
      case JOB -> t.key;
      case CLUSTER -> t.cluster;
      case TIER -> t.tier.map(Tier::name).orElse("-");
      case OWNER -> t.owner.orElse("-");
      case FLEET, SIDE -> "fleet";
    };
  }

  private static ReportRow row(
      String key, List<JobTally> g, long windowMinutes, long elapsed, SloTargets targets) {
    long breach = 0;
    long intervals = 0;
    long[] bySide = new long[Side.values().length];
    for (JobTally t : g) {
      breach += t.breachMinutes();
      intervals += t.intervals();
      t.breach.forEach((side, v) -> bySide[side.ordinal()] += v[0]);
    }
    return finish(key, g, (int) intervals, breach, bySide, windowMinutes, elapsed, targets);
  }

  private static ReportRow sideRow(
      Side side, Collection<JobTally> all, long windowMinutes, long elapsed, SloTargets targets) {
    long breach = 0;
    long intervals = 0;
    int jobs = 0;
    for (JobTally t : all) {
      long[] v = t.breach.get(side);
      if (v != null) {
        breach += v[0];
        intervals += v[1];
        jobs++;
      }
    }
    long[] bySide = new long[Side.values().length];
    bySide[side.ordinal()] = breach;
    ReportRow r =
        finish(
            side.name(),
            List.copyOf(all),
            (int) intervals,
            breach,
            bySide,
            windowMinutes,
            elapsed,
            targets);
    return new ReportRow(
        r.group(),
        jobs,
        r.intervals(),
        r.averageIntervalMinutes(),
        r.breachMinutes(),
        r.observedMinutes(),
        r.unknownMinutes(),
        r.excludedMinutes(),
        r.availabilityPct(),
        r.unknownCoveragePct(),
        r.userMinutes(),
        r.platformMinutes(),
        r.unknownSideMinutes(),
        r.sloTargetPct(),
        r.budgetMinutes(),
        r.remainingMinutes(),
        r.burnRate());
  }

  private static ReportRow finish(
      String key,
      List<JobTally> g,
      int intervals,
      long breach,
      long[] bySide,
      long windowMinutes,
      long elapsed,
      SloTargets targets) {
    long total = 0;
    long unknown = 0;
    long excluded = 0;
    double budget = 0;
    for (JobTally t : g) {
      total += t.total;
      unknown += t.unknown;
      excluded += t.excluded;
      budget += (1 - targets.target(t.tier)) * windowMinutes;
    }
    long observed = total - unknown - excluded;
    double availability = observed <= 0 ? 100.0 : 100.0 * (1 - (double) breach / observed);
    double unknownPct = total == 0 ? 0.0 : 100.0 * unknown / total;
    double target = g.isEmpty() ? 0 : 100.0 * (1 - budget / (g.size() * (double) windowMinutes));
    double consumedFraction = budget == 0 ? 0 : breach / budget;
    double elapsedFraction = (double) elapsed / windowMinutes;
    double burn = elapsedFraction == 0 ? 0 : consumedFraction / elapsedFraction;
    double avg = intervals == 0 ? 0 : (double) breach / intervals;
    return new ReportRow(
        key,
        g.size(),
        intervals,
        avg,
        breach,
        observed,
        unknown,
        excluded,
        availability,
        unknownPct,
        bySide[Side.USER.ordinal()],
        bySide[Side.PLATFORM.ordinal()],
        bySide[Side.UNKNOWN.ordinal()],
        target,
        budget,
        budget - breach,
        burn);
  }
}
