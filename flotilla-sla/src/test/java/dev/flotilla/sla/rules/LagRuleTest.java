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

class LagRuleTest {
  private final LagRule rule = new LagRule();
  private final SliThresholds slo = SliThresholds.defaults(Tier.P1).withMaxLag(1000);

  private Optional<Finding> run(SliThresholds t, double... lags) {
    List<JobObservation> l = new ArrayList<>();
    for (int i = 0; i < lags.length; i++) {
      l.add(Obs.running().at(T0.plusSeconds(60L * i)).lag(lags[i]).build());
    }
    JobObservation now = l.remove(l.size() - 1);
    return rule.evaluate(now, RuleTestSupport.history(l), t);
  }

  @Test
  void evaluate_growingAboveSloFiveMinutes_fires() {
    var f = run(slo, 500, 1200, 1500, 2000, 2600, 3000);
    assertThat(f).isPresent();
    assertThat(f.get().evidence()).contains("from 1200 to 3000 over 5 min (SLO 1000)");
  }

  @Test
  void evaluate_aboveSloButShrinking_doesNotFire() {
    assertThat(run(slo, 5000, 4000, 3000, 2500, 2000, 1500)).isEmpty();
  }

  @Test
  void evaluate_growingOnlyFourMinutes_doesNotFire() {
    assertThat(run(slo, 500, 900, 1200, 1500, 2000, 2600)).isEmpty();
  }

  @Test
  void evaluate_noLagSlo_doesNotFire() {
    assertThat(run(SliThresholds.defaults(Tier.P1), 1e6, 2e6, 3e6, 4e6, 5e6, 6e6)).isEmpty();
  }
}
