package dev.flotilla.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flotilla.collector.parse.JobSummary;
import dev.flotilla.model.JobState;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RoundRobinDetailPolicyTest {
  private static JobSummary job(String id, JobState state) {
    return new JobSummary(id, "n", state, Optional.empty(), Map.of());
  }

  @Test
  void wantsDetails_runningUnchanged_exactlyOncePerNCycles() {
    DetailPolicy p = DetailPolicy.roundRobin(4);
    for (String id : new String[] {"a", "b", "job-17", "ffff"}) {
      long hits =
          IntStream.range(0, 8)
              .filter(
                  c -> p.wantsDetails(job(id, JobState.RUNNING), Optional.of(JobState.RUNNING), c))
              .count();
      assertThat(hits).as(id).isEqualTo(2);
    }
  }

  @Test
  void wantsDetails_notRunningNewOrChanged_always() {
    DetailPolicy p = DetailPolicy.roundRobin(1000);
    assertThat(p.wantsDetails(job("a", JobState.FAILED), Optional.of(JobState.FAILED), 1)).isTrue();
    assertThat(p.wantsDetails(job("a", JobState.RUNNING), Optional.empty(), 1)).isTrue();
    assertThat(p.wantsDetails(job("a", JobState.RUNNING), Optional.of(JobState.RESTARTING), 1))
        .isTrue();
  }

  @Test
  void roundRobin_everyCycle_alwaysTrue() {
    DetailPolicy p = DetailPolicy.roundRobin(1);
    assertThat(p.wantsDetails(job("x", JobState.RUNNING), Optional.of(JobState.RUNNING), 5))
        .isTrue();
    assertThatThrownBy(() -> DetailPolicy.roundRobin(0)).hasMessageContaining("at least 1");
  }

  @Test
  void roundRobin_firstPollOfACluster_noStorm_stoppedJobsOnlyWhenTheyChange() {
    DetailPolicy p = DetailPolicy.roundRobin(5);
    long firstPoll =
        IntStream.range(0, 1000)
            .filter(i -> p.wantsDetails(job("job-" + i, JobState.RUNNING), Optional.empty(), 0))
            .count();
    assertThat(firstPoll).as("about a fifth, not all 1,000").isBetween(120L, 280L);
    assertThat(p.wantsDetails(job("a", JobState.FAILED), Optional.empty(), 0)).isTrue();
    assertThat(p.wantsDetails(job("a", JobState.RESTARTING), Optional.empty(), 0)).isTrue();
    assertThat(p.wantsDetails(job("a", JobState.FINISHED), Optional.empty(), 0)).isFalse();
    assertThat(p.wantsDetails(job("a", JobState.RUNNING), Optional.empty(), 3))
        .as("a job that appears later is new")
        .isTrue();
    assertThat(p.wantsDetails(job("a", JobState.CANCELED), Optional.of(JobState.CANCELED), 3))
        .isFalse();
    assertThat(p.wantsDetails(job("a", JobState.CANCELED), Optional.of(JobState.RUNNING), 3))
        .isTrue();
  }
}
