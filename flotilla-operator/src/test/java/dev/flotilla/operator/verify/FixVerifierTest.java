package dev.flotilla.operator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.SettableClock;
import dev.flotilla.model.SliState;
import dev.flotilla.operator.workflow.WorkflowType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FixVerifierTest {
  private static final Instant DONE = Instant.parse("2026-05-01T12:00:00Z");
  private final SettableClock clock = new SettableClock(DONE);
  private final FixVerifier verifier =
      new FixVerifier(Duration.ofMinutes(10), Duration.ofMinutes(3));
  private final Watch watch =
      new Watch("wf-1", "orders", "OOM_HEAP", WorkflowType.MEMORY_FIX, DONE);

  /** Plays one SLI state per minute from the workflow's end, judging after each minute. */
  private Verdict play(Set<String> labelsAtEnd, SliState... perMinute) {
    List<SliMinute> minutes = new ArrayList<>();
    Verdict v = null;
    for (SliState s : perMinute) {
      minutes.add(new SliMinute(clock.instant(), s));
      clock.advance(Duration.ofMinutes(1));
      v = verifier.judge(watch, minutes, labelsAtEnd, clock.instant());
      if (v.done()) {
        return v;
      }
    }
    return v;
  }

  private static SliState[] minutes(SliState early, SliState late) {
    SliState[] out = new SliState[10];
    for (int i = 0; i < 10; i++) {
      out[i] = i < 7 ? early : late;
    }
    return out;
  }

  @Test
  void judge_beforeWindowEnd_watching() {
    clock.advance(Duration.ofMinutes(9));
    assertThat(verifier.judge(watch, List.of(), Set.of(), clock.instant()).outcome())
        .isEqualTo(Verdict.Outcome.WATCHING);
  }

  @Test
  void judge_normalForLastMinutesAndLabelGone_succeedsAtWindowEnd() {
    Verdict v = play(Set.of(), minutes(SliState.RUNNING_ABNORMAL, SliState.RUNNING_NORMAL));
    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.SUCCEEDED);
    assertThat(clock.instant()).isEqualTo(DONE.plus(Duration.ofMinutes(10)));
  }

  @Test
  void judge_abnormalInLastMinutes_fails() {
    SliState[] m = minutes(SliState.RUNNING_NORMAL, SliState.RUNNING_NORMAL);
    m[8] = SliState.RUNNING_ABNORMAL;
    Verdict v = play(Set.of(), m);
    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.FAILED_VERIFICATION);
    assertThat(v.why()).contains("RUNNING_ABNORMAL").contains("12:08");
  }

  @Test
  void judge_labelStillPresent_failsEvenWhenSliNormal() {
    Verdict v = play(Set.of("OOM_HEAP"), minutes(SliState.RUNNING_NORMAL, SliState.RUNNING_NORMAL));
    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.FAILED_VERIFICATION);
    assertThat(v.why()).contains("OOM_HEAP is still present");
  }

  @Test
  void judge_missingMinute_countsAgainst() {
    List<SliMinute> onlyTwo =
        List.of(
            new SliMinute(DONE.plus(Duration.ofMinutes(7)), SliState.RUNNING_NORMAL),
            new SliMinute(DONE.plus(Duration.ofMinutes(9)), SliState.RUNNING_NORMAL));
    Verdict v = verifier.judge(watch, onlyTwo, Set.of(), DONE.plus(Duration.ofMinutes(10)));
    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.FAILED_VERIFICATION);
    assertThat(v.why()).contains("UNKNOWN");
  }

  @Test
  void judge_shortWindow_minuteOfTheFixIgnored_waitsForTheLastMinuteToBeReported() {
    FixVerifier shortWindow = new FixVerifier(Duration.ofMinutes(3), Duration.ofMinutes(2));
    Instant done = Instant.parse("2026-05-01T12:00:40Z");
    Watch w = new Watch("wf-2", "orders", "TASKMANAGER_LOST", WorkflowType.MIGRATE, done);
    List<SliMinute> seen = new ArrayList<>();
    seen.add(new SliMinute(Instant.parse("2026-05-01T12:00:00Z"), SliState.NOT_RUNNING)); // move
    seen.add(new SliMinute(Instant.parse("2026-05-01T12:01:00Z"), SliState.RUNNING_NORMAL));
    Instant end = done.plus(Duration.ofMinutes(3)); // 12:03:40

    assertThat(shortWindow.judge(w, seen, Set.of(), end).outcome())
        .as("12:02 is not reported yet")
        .isEqualTo(Verdict.Outcome.WATCHING);
    seen.add(new SliMinute(Instant.parse("2026-05-01T12:02:00Z"), SliState.RUNNING_NORMAL));
    Verdict v = shortWindow.judge(w, seen, Set.of(), end.plusSeconds(10));
    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.SUCCEEDED);

    assertThat(
            shortWindow
                .judge(w, seen.subList(0, 2), Set.of(), end.plus(Duration.ofMinutes(2)))
                .why())
        .as("a minute never reported counts against, after the grace")
        .contains("UNKNOWN in minute 2026-05-01T12:02:00Z");
  }
}
