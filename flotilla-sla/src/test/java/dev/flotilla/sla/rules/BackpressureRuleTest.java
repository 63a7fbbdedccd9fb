package dev.flotilla.sla.rules;

import static dev.flotilla.sla.Obs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.JobObservation;
import dev.flotilla.model.Tier;
import dev.flotilla.sla.Obs;
import dev.flotilla.sla.SliThresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackpressureRuleTest {
  private final BackpressureRule rule = new BackpressureRule();
  private final SliThresholds t = SliThresholds.defaults(Tier.P1); // 5 minutes

  private Optional<Finding> run(String... levels) {
    List<JobObservation> l = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      l.add(Obs.running().at(T0.plusSeconds(60L * i)).backpressure(levels[i]).build());
    }
    JobObservation now = l.remove(l.size() - 1);
    return rule.evaluate(now, RuleTestSupport.history(l), t);
  }

  @Test
  void evaluate_highFiveMinutes_fires() {
    var f = run("ok", "high", "high", "high", "high", "high");
    assertThat(f).isPresent();
    assertThat(f.get().evidence()).contains("'Source: datagen'").contains("5 min");
  }

  @Test
  void evaluate_highFourMinutes_doesNotFire() {
    assertThat(run("ok", "high", "high", "high", "high")).isEmpty();
  }

  @Test
  void evaluate_runBrokenByLow_doesNotFire() {
    assertThat(run("high", "high", "low", "high", "high", "high")).isEmpty();
  }

  @Test
  void evaluate_currentlyOk_doesNotFire() {
    assertThat(run("high", "high", "high", "high", "high", "ok")).isEmpty();
  }
}
