package dev.flotilla.sim;

import static dev.flotilla.sim.TestScenarios.min;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.JobState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimModelTest {
  private final SimScenario sc = TestScenarios.small();
  private final SimJob loop = sc.job("old", TestScenarios.LOOP_ID).orElseThrow();
  private final SimJob oom = sc.job("old", TestScenarios.OOM_ID).orElseThrow();
  private final SimJob slow = sc.job("new", TestScenarios.SLOW_ID).orElseThrow();

  @Test
  void view_restartLoop_restartingWithSixFailuresAMinute() {
    JobView v = sc.model().view(loop, min(12).plusSeconds(30));
    assertThat(v.state()).isEqualTo(JobState.RESTARTING);
    assertThat(v.numRestarts()).isEqualTo(6 * 2 + 3); // minutes 10, 11 and 3 in minute 12
    assertThat(v.exceptions()).hasSize(15);
    assertThat(v.exceptions().get(0).at()).isEqualTo(min(12).plusSeconds(22));
    assertThat(v.tasks()).containsEntry("scheduled", 4);
  }

  @Test
  void view_afterLoop_runningWithHistoryCappedAtSixteen() {
    JobView v = sc.model().view(loop, min(25));
    assertThat(v.state()).isEqualTo(JobState.RUNNING);
    assertThat(v.numRestarts()).isEqualTo(60);
    assertThat(v.exceptions()).hasSize(SimModel.EXCEPTION_HISTORY_SIZE);
    assertThat(v.latestCheckpointAt()).isEqualTo(min(24).plusSeconds(20));
  }

  @Test
  void view_resubmittedAfterOom_freshStartAndNoOldExceptions() {
    JobView failed = sc.model().view(oom, min(40));
    assertThat(failed.state()).isEqualTo(JobState.FAILED);
    assertThat(failed.exceptions())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("Java heap space"));
    JobView waiting = sc.model().view(oom, min(51));
    assertThat(waiting.state()).isEqualTo(JobState.CREATED);
    assertThat(waiting.startTime()).isEqualTo(min(50));
    assertThat(waiting.exceptions()).isEmpty();
  }

  @Test
  void view_slowCheckpoints_latestCheckpointAges() {
    JobView v = sc.model().view(slow, min(30).plusSeconds(30));
    assertThat(v.state()).isEqualTo(JobState.RUNNING);
    assertThat(v.latestCheckpointAt()).isEqualTo(min(9).plusSeconds(20));
    assertThat(Duration.between(v.latestCheckpointAt(), v.at()).toSeconds())
        .isEqualTo(21 * 60 + 10);
  }

  @Test
  void generate_sameSeed_sameScenario() {
    var spec = ScenarioGenerator.Spec.of(7, 4, 20, TestScenarios.T0, Duration.ofHours(6));
    SimScenario a = ScenarioGenerator.generate(spec);
    SimScenario b = ScenarioGenerator.generate(spec);
    assertThat(a.clusters()).isEqualTo(b.clusters());
    assertThat(a.outages()).isEqualTo(b.outages());
    assertThat(
            ScenarioGenerator.generate(
                    ScenarioGenerator.Spec.of(8, 4, 20, TestScenarios.T0, Duration.ofHours(6)))
                .clusters())
        .isNotEqualTo(a.clusters());
  }
}
