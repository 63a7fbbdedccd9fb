package dev.flotilla.adviser.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.Adviser;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.Side;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GcPauseHeartbeatRuleTest {
  private static final String HEARTBEAT =
      "java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id"
          + " container_e148_01_000008(host:8041) timed out.";
  private final Adviser adviser = Adviser.builtIn();

  @Test
  void evaluate_heartbeatTimeoutAlone_isALostTaskManagerOnThePlatform() {
    Advice a = adviser.adviseText(HEARTBEAT, Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(a.label()).isEqualTo(Label.TASKMANAGER_LOST_OR_NETWORK);
    assertThat(a.side()).isEqualTo(Side.PLATFORM);
    assertThat(a.rules()).doesNotContain("heartbeat-timeout-gc-pause");
  }

  @Test
  void evaluate_heartbeatTimeoutWithLongGcInTheLog_isTheJobsMemory() {
    Advice a =
        adviser.adviseText(
            HEARTBEAT
                + "\n2023-08-30T13:56:57 [Full GC (Ergonomics) 3956K->3901K(4096K), 38.2 secs]",
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(a.label()).isEqualTo(Label.TASKMANAGER_LOST_OR_NETWORK);
    assertThat(a.side()).isEqualTo(Side.USER);
    assertThat(a.action()).contains(Action.INCREASE_HEAP);
    assertThat(a.evidence()).anyMatch(e -> e.contains("Full GC"));
  }

  @Test
  void evaluate_heartbeatTimeoutWithGcInTheMetricsHint_isTheJobsMemory() {
    Advice a =
        adviser.adviseText(
            HEARTBEAT,
            Optional.of("old generation GC time 40% before the timeout"),
            Optional.empty(),
            Optional.empty());
    assertThat(a.side()).isEqualTo(Side.USER);
    assertThat(a.evidence()).anyMatch(e -> e.startsWith("metrics:"));
  }
}
