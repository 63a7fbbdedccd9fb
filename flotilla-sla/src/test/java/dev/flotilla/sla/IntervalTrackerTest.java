package dev.flotilla.sla;

import static dev.flotilla.sla.Obs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.Side;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntervalTrackerTest {
  private final JobContext ctx = JobContext.managed("job", "c1", Tier.P0, "team");

  private static Instant min(int m) {
    return T0.plusSeconds(60L * m);
  }

  private static SliMinute minute(int m, SliState s, String reason, Side side) {
    return new SliMinute("job", min(m), s, Set.of(reason), List.of("ev " + m), side);
  }

  @Test
  void apply_sameStateRun_mergesIntoOneIntervalWithUnionOfReasons() {
    IntervalTracker t = new IntervalTracker(List.of());
    t.apply(minute(0, SliState.RUNNING_ABNORMAL, "RESTART_RATE", Side.UNKNOWN), ctx);
    t.apply(minute(1, SliState.RUNNING_ABNORMAL, "CHECKPOINT_AGE", Side.USER), ctx);
    t.apply(minute(2, SliState.RUNNING_NORMAL, "x", Side.UNKNOWN), ctx);
    assertThat(t.opened()).isEmpty();
    assertThat(t.closed()).hasSize(1);
    SliInterval i = t.closed().get(0);
    assertThat(i.start()).isEqualTo(min(0));
    assertThat(i.end()).contains(min(2));
    assertThat(i.reasons()).containsExactlyInAnyOrder("RESTART_RATE", "CHECKPOINT_AGE");
    assertThat(i.side()).isEqualTo(Side.USER);
    assertThat(i.tier()).contains(Tier.P0);
    assertThat(i.evidence()).containsExactly("ev 0", "ev 1");
  }

  @Test
  void apply_stateChange_closesAndOpens() {
    IntervalTracker t = new IntervalTracker(List.of());
    t.apply(minute(0, SliState.SCHEDULING, "RESTARTING", Side.PLATFORM), ctx);
    t.apply(minute(3, SliState.NOT_RUNNING, "FAILED", Side.USER), ctx);
    assertThat(t.closed()).extracting(SliInterval::state).containsExactly(SliState.SCHEDULING);
    assertThat(t.closed().get(0).end()).contains(min(3));
    assertThat(t.opened()).extracting(SliInterval::state).containsExactly(SliState.NOT_RUNNING);
  }

  @Test
  void apply_normalMinutes_createNothing() {
    IntervalTracker t = new IntervalTracker(List.of());
    t.apply(minute(0, SliState.RUNNING_NORMAL, "x", Side.UNKNOWN), ctx);
    t.apply(minute(1, SliState.RUNNING_NORMAL, "x", Side.UNKNOWN), ctx);
    assertThat(t.opened()).isEmpty();
    assertThat(t.closed()).isEmpty();
    assertThat(t.open()).isEmpty();
  }

  @Test
  void apply_minuteAlreadyInsideRestoredOpenInterval_isIgnored() {
    SliInterval restored =
        new SliInterval(
            "job",
            "c1",
            Optional.empty(),
            Optional.empty(),
            SliState.NOT_RUNNING,
            min(5),
            Optional.empty(),
            Set.of("FAILED"),
            Side.USER,
            List.of());
    IntervalTracker t = new IntervalTracker(List.of(restored));
    t.apply(minute(5, SliState.RUNNING_NORMAL, "x", Side.UNKNOWN), ctx);
    assertThat(t.closed()).isEmpty();
    t.apply(minute(6, SliState.RUNNING_NORMAL, "x", Side.UNKNOWN), ctx);
    assertThat(t.closed()).singleElement().satisfies(i -> assertThat(i.minutes(min(99))).isOne());
  }
}
