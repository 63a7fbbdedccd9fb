package dev.flotilla.sla.rules;

import static dev.flotilla.sla.Obs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.JobState;
import dev.flotilla.model.Tier;
import dev.flotilla.sla.JobHistory;
import dev.flotilla.sla.Obs;
import dev.flotilla.sla.SliThresholds;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CheckpointAgeRuleTest {
  private final CheckpointAgeRule rule = new CheckpointAgeRule();
  private final SliThresholds t = SliThresholds.defaults(Tier.P1); // 10 min

  @Test
  void evaluate_checkpointOlderThanMax_fires() {
    var o = Obs.running().latestCheckpoint(T0.plusSeconds(30).minus(Duration.ofMinutes(11)));
    var f = rule.evaluate(o.build(), JobHistory.empty(), t);
    assertThat(f).isPresent();
    assertThat(f.get().evidence()).contains("660 s old (max 600 s)");
  }

  @Test
  void evaluate_checkpointExactlyMaxAge_doesNotFire() {
    var o = Obs.running().latestCheckpoint(T0.plusSeconds(30).minus(Duration.ofMinutes(10)));
    assertThat(rule.evaluate(o.build(), JobHistory.empty(), t)).isEmpty();
  }

  @Test
  void evaluate_freshCheckpoint_doesNotFire() {
    var o = Obs.running().latestCheckpoint(T0);
    assertThat(rule.evaluate(o.build(), JobHistory.empty(), t)).isEmpty();
  }

  @Test
  void evaluate_checkpointingOff_doesNotFire() {
    assertThat(rule.evaluate(Obs.running().build(), JobHistory.empty(), t)).isEmpty();
  }

  @Test
  void evaluate_restartingJobWithOldCheckpoint_doesNotFire() {
    var o = Obs.of(JobState.RESTARTING).latestCheckpoint(T0.minus(Duration.ofHours(2)));
    assertThat(rule.evaluate(o.build(), JobHistory.empty(), t)).isEmpty();
  }
}
