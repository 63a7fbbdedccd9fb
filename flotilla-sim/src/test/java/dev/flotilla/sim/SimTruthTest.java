package dev.flotilla.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.Side;
import dev.flotilla.model.SliState;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SimTruthTest {
  private final SimScenario sc = TestScenarios.small();
  private final SimTruth truth = SimTruth.of(sc);
  private final String loop = sc.job("old", TestScenarios.LOOP_ID).orElseThrow().jobKey();
  private final String oom = sc.job("old", TestScenarios.OOM_ID).orElseThrow().jobKey();
  private final String slow = sc.job("new", TestScenarios.SLOW_ID).orElseThrow().jobKey();

  @Test
  void truth_restartLoop_schedulingThenTenMinuteAbnormalTail() {
    assertThat(truth.state(loop, 9)).isEqualTo(SliState.RUNNING_NORMAL);
    assertThat(truth.state(loop, 10)).isEqualTo(SliState.SCHEDULING);
    assertThat(truth.side(loop, 10)).isEqualTo(Side.USER);
    assertThat(truth.state(loop, 19)).isEqualTo(SliState.SCHEDULING);
    assertThat(truth.state(loop, 20)).isEqualTo(SliState.RUNNING_ABNORMAL);
    assertThat(truth.state(loop, 29)).isEqualTo(SliState.RUNNING_ABNORMAL);
    assertThat(truth.state(loop, 30)).isEqualTo(SliState.RUNNING_NORMAL);
  }

  @Test
  void truth_oom_notRunningThenGraceThenScheduling() {
    assertThat(truth.state(oom, 30)).isEqualTo(SliState.NOT_RUNNING);
    assertThat(truth.state(oom, 49)).isEqualTo(SliState.NOT_RUNNING);
    assertThat(truth.state(oom, 50)).isEqualTo(SliState.RUNNING_NORMAL); // 30 s of 180 s grace
    assertThat(truth.state(oom, 52)).isEqualTo(SliState.RUNNING_NORMAL); // 150 s
    assertThat(truth.state(oom, 53)).isEqualTo(SliState.SCHEDULING); // 210 s
    assertThat(truth.state(oom, 55)).isEqualTo(SliState.RUNNING_NORMAL);
  }

  @Test
  void truth_slowCheckpoints_abnormalOnceOlderThanTenMinutes() {
    // last checkpoint 09:20; at m:30 the age is (m - 9) min + 10 s, over 600 s from minute 19
    assertThat(truth.state(slow, 18)).isEqualTo(SliState.RUNNING_NORMAL);
    assertThat(truth.state(slow, 19)).isEqualTo(SliState.RUNNING_ABNORMAL);
    assertThat(truth.state(slow, 39)).isEqualTo(SliState.RUNNING_ABNORMAL);
    assertThat(truth.state(slow, 40)).isEqualTo(SliState.RUNNING_NORMAL);
  }

  @Test
  void truth_outage_unknown() {
    assertThat(truth.state(slow, 59)).isEqualTo(SliState.RUNNING_NORMAL);
    assertThat(truth.state(slow, 60)).isEqualTo(SliState.UNKNOWN);
    assertThat(truth.state(slow, 69)).isEqualTo(SliState.UNKNOWN);
    assertThat(truth.state(slow, 70)).isEqualTo(SliState.RUNNING_NORMAL);
  }

  @Test
  void write_csvAndJsonl_oneLinePerJobMinute() {
    StringWriter csv = new StringWriter();
    truth.writeCsv(csv);
    assertThat(csv.toString().lines()).hasSize(1 + 4 * 120);
    assertThat(csv.toString()).contains("old/job-1111,2026-03-02T00:10:00Z,SCHEDULING,USER\n");
    StringWriter jsonl = new StringWriter();
    truth.writeJsonl(jsonl);
    assertThat(jsonl.toString().lines()).hasSize(4 * 120);
    assertThat(jsonl.toString())
        .contains(
            "{\"job\":\"new/job-3333\",\"minute\":\"2026-03-02T01:00:00Z\",\"state\":\"UNKNOWN\","
                + "\"side\":\"UNKNOWN\"}");
  }
}
