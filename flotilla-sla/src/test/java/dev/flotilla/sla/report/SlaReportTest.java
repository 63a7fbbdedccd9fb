package dev.flotilla.sla.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flotilla.model.Side;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import dev.flotilla.sla.JobContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every expected number below is computed by hand in the comments. */
class SlaReportTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant TO = min(1000);

  static Instant min(int m) {
    return T0.plusSeconds(60L * m);
  }

  static final List<JobContext> JOBS =
      List.of(
          JobContext.managed("A", "c1", Tier.P0, "x"),
          JobContext.managed("B", "c1", Tier.P1, "y"),
          JobContext.managed("C", "c2", Tier.P3, "x"));

  static SliInterval iv(String job, SliState s, int from, Integer to, Side side) {
    JobContext c = JOBS.stream().filter(j -> j.jobKey().equals(job)).findFirst().orElseThrow();
    return new SliInterval(
        job,
        c.cluster(),
        c.tier(),
        c.owner(),
        s,
        min(from),
        to == null ? Optional.empty() : Optional.of(min(to)),
        Set.of("R"),
        side,
        List.of());
  }

  static final List<SliInterval> INTERVALS =
      List.of(
          iv("A", SliState.NOT_RUNNING, 10, 40, Side.USER), // 30 breach
          iv("A", SliState.SCHEDULING, 100, 110, Side.PLATFORM), // 10 breach
          iv("A", SliState.UNKNOWN, 200, 300, Side.UNKNOWN), // 100 unknown
          iv("B", SliState.RUNNING_ABNORMAL, -10, 20, Side.UNKNOWN), // 20 inside the window
          iv("B", SliState.EXCLUDED, 500, 1000, Side.UNKNOWN), // 500 excluded
          iv("C", SliState.NOT_RUNNING, 990, null, Side.PLATFORM)); // open: 10 until TO

  private static SlaReport report(GroupBy g, Instant asOf) {
    return SlaReport.build(INTERVALS, JOBS, T0, TO, asOf, g, SloTargets.defaults());
  }

  @Test
  void build_fleet_matchesHandComputedFigures() {
    ReportRow r = report(GroupBy.FLEET, TO).rows().get(0);
    assertThat(r.jobs()).isEqualTo(3);
    assertThat(r.intervals()).isEqualTo(4);
    assertThat(r.breachMinutes()).isEqualTo(70); // 30 + 10 + 20 + 10
    assertThat(r.averageIntervalMinutes()).isEqualTo(17.5); // 70 / 4
    assertThat(r.unknownMinutes()).isEqualTo(100);
    assertThat(r.excludedMinutes()).isEqualTo(500);
    assertThat(r.observedMinutes()).isEqualTo(2400); // 3 x 1000 - 100 - 500
    assertThat(r.availabilityPct()).isCloseTo(97.083333, within(1e-5)); // 1 - 70/2400
    assertThat(r.unknownCoveragePct()).isCloseTo(3.333333, within(1e-5)); // 100/3000
    assertThat(r.userMinutes()).isEqualTo(30);
    assertThat(r.platformMinutes()).isEqualTo(20);
    assertThat(r.unknownSideMinutes()).isEqualTo(20);
    assertThat(r.budgetMinutes()).isCloseTo(11.5, within(1e-9)); // 0.5 + 1 + 10
    assertThat(r.sloTargetPct()).isCloseTo(99.616667, within(1e-5)); // 1 - 11.5/3000
    assertThat(r.remainingMinutes()).isCloseTo(-58.5, within(1e-9));
    assertThat(r.burnRate()).isCloseTo(6.086957, within(1e-5)); // (70/11.5) / 1
  }

  @Test
  void build_byTier_p0Row() {
    ReportRow p0 = report(GroupBy.TIER, TO).rows().get(0);
    assertThat(p0.group()).isEqualTo("P0");
    assertThat(p0.breachMinutes()).isEqualTo(40);
    assertThat(p0.averageIntervalMinutes()).isEqualTo(20.0);
    assertThat(p0.availabilityPct()).isCloseTo(95.555556, within(1e-5)); // 1 - 40/900
    assertThat(p0.sloTargetPct()).isCloseTo(99.95, within(1e-9));
    assertThat(p0.budgetMinutes()).isCloseTo(0.5, within(1e-9));
    assertThat(p0.burnRate()).isCloseTo(80.0, within(1e-9));
  }

  @Test
  void build_halfWayThroughWindow_burnRateScalesWithElapsedTime() {
    ReportRow a =
        report(GroupBy.JOB, min(500)).rows().stream()
            .filter(r -> r.group().equals("A"))
            .findFirst()
            .orElseThrow();
    assertThat(a.breachMinutes()).isEqualTo(40);
    assertThat(a.observedMinutes()).isEqualTo(400); // 500 elapsed - 100 unknown
    assertThat(a.burnRate()).isCloseTo(160.0, within(1e-9)); // (40 / 0.5) / 0.5
  }

  @Test
  void build_byOwner_groupsJobsOfOneOwner() {
    List<ReportRow> rows = report(GroupBy.OWNER, TO).rows();
    assertThat(rows).extracting(ReportRow::group).containsExactly("x", "y");
    assertThat(rows.get(0).jobs()).isEqualTo(2);
    assertThat(rows.get(0).breachMinutes()).isEqualTo(50); // A 40 + C 10
  }

  @Test
  void build_bySide_splitsBreachMinutes() {
    List<ReportRow> rows = report(GroupBy.SIDE, TO).rows();
    assertThat(rows).extracting(ReportRow::group).containsExactly("USER", "PLATFORM", "UNKNOWN");
    assertThat(rows).extracting(ReportRow::breachMinutes).containsExactly(30L, 20L, 20L);
    assertThat(rows).extracting(ReportRow::jobs).containsExactly(1, 2, 1);
  }

  @Test
  void build_emptyWindow_isRejected() {
    assertThatThrownBy(
            () ->
                SlaReport.build(INTERVALS, JOBS, TO, T0, TO, GroupBy.FLEET, SloTargets.defaults()))
        .hasMessageContaining("must be after");
  }

  @Test
  void formats_renderTheSameRow() {
    SlaReport r = report(GroupBy.CLUSTER, TO);
    String csv = ReportFormat.csv(r);
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("group,jobs,intervals,");
    assertThat(csv).contains("\nc1,2,3,20.0,60,1400,100,500,95.714,");
    String json = ReportFormat.json(r);
    assertThat(json).contains("\"groupBy\":\"cluster\"").contains("{\"group\":\"c2\",\"jobs\":1,");
    String table = ReportFormat.table(r);
    assertThat(table.lines().count()).isEqualTo(4);
    assertThat(table).contains("95.714");
  }

  @Test
  void groupBy_parse_badNameListsChoices() {
    assertThat(GroupBy.parse("Tier")).isEqualTo(GroupBy.TIER);
    assertThatThrownBy(() -> GroupBy.parse("team")).hasMessageContaining("[job, cluster");
  }
}
