package dev.flotilla.sla.rules;

import static dev.flotilla.sla.Obs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.JobState;
import dev.flotilla.model.Tier;
import dev.flotilla.sla.JobHistory;
import dev.flotilla.sla.Obs;
import dev.flotilla.sla.SliThresholds;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartRateRuleTest {
  private final RestartRateRule rule = new RestartRateRule();
  private final SliThresholds t = SliThresholds.defaults(Tier.P1);

  private Obs withExceptionsAgo(int... secondsAgo) {
    Obs o = Obs.running().at(T0.plusSeconds(600));
    for (int s : secondsAgo) {
      o.exception(T0.plusSeconds(600 - s), "java.lang.RuntimeException", "boom " + s);
    }
    return o;
  }

  @Test
  void evaluate_threeExceptionsInWindow_fires() {
    var f = rule.evaluate(withExceptionsAgo(10, 100, 500).build(), JobHistory.empty(), t);
    assertThat(f).isPresent();
    assertThat(f.get().reason()).isEqualTo("RESTART_RATE");
    assertThat(f.get().evidence()).contains("3 restarts in the last 10 min").contains("boom 10");
  }

  @Test
  void evaluate_twoInWindowOneOld_doesNotFire() {
    assertThat(rule.evaluate(withExceptionsAgo(10, 100, 601).build(), JobHistory.empty(), t))
        .isEmpty();
  }

  @Test
  void evaluate_manyOldRestartsOnly_doesNotFire() {
    var o = Obs.running().restarts(57).build();
    var earlier = Obs.running().at(T0.minusSeconds(30)).restarts(57).build();
    assertThat(rule.evaluate(o, RuleTestSupport.history(List.of(earlier)), t)).isEmpty();
  }

  @Test
  void evaluate_counterRoseByThreeWithinWindow_fires() {
    var earlier = Obs.running().at(T0.plusSeconds(30).minus(Duration.ofMinutes(5))).restarts(4);
    var now = Obs.running().restarts(7).build();
    assertThat(rule.evaluate(now, RuleTestSupport.history(List.of(earlier.build())), t))
        .isPresent();
  }

  @Test
  void evaluate_counterRiseOlderThanWindow_doesNotFire() {
    var earlier = Obs.running().at(T0.minus(Duration.ofMinutes(11))).restarts(4).build();
    var now = Obs.running().restarts(7).build();
    assertThat(rule.evaluate(now, RuleTestSupport.history(List.of(earlier)), t)).isEmpty();
  }

  @Test
  void evaluate_failedJob_doesNotFire() {
    var o = withExceptionsAgo(10, 20, 30).state(JobState.FAILED);
    assertThat(rule.evaluate(o.build(), JobHistory.empty(), t)).isEmpty();
  }
}
