package dev.flotilla.sla.rules;

import static dev.flotilla.sla.Obs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.JobObservation;
import dev.flotilla.model.Tier;
import dev.flotilla.sla.Obs;
import dev.flotilla.sla.SliThresholds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointFailureRuleTest {
  private final CheckpointFailureRule rule = new CheckpointFailureRule();
  private final SliThresholds t = SliThresholds.defaults(Tier.P1); // 3 cycles

  private static List<JobObservation> series(long... failed) {
    List<JobObservation> l = new ArrayList<>();
    for (int i = 0; i < failed.length; i++) {
      l.add(Obs.running().at(T0.plusSeconds(60L * i)).failedCheckpoints(failed[i]).build());
    }
    return l;
  }

  private boolean fires(long... failed) {
    List<JobObservation> s = series(failed);
    JobObservation now = s.remove(s.size() - 1);
    return rule.evaluate(now, RuleTestSupport.history(s), t).isPresent();
  }

  @Test
  void evaluate_risingThreeCyclesInARow_fires() {
    assertThat(fires(0, 1, 2, 3)).isTrue();
  }

  @Test
  void evaluate_singleFailureAfterStart_doesNotFire() {
    assertThat(fires(0, 1, 1, 1)).isFalse();
    assertThat(fires(0, 1)).isFalse();
  }

  @Test
  void evaluate_risingWithAPause_doesNotFire() {
    assertThat(fires(0, 1, 2, 2, 3)).isFalse();
  }

  @Test
  void evaluate_notEnoughHistory_doesNotFire() {
    assertThat(fires(5, 6, 7)).isFalse();
  }
}
