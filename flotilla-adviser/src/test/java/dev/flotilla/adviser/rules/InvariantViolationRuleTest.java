package dev.flotilla.adviser.rules;

import static dev.flotilla.adviser.rules.AdviseText.advise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.Side;
import org.junit.jupiter.api.Test;

class InvariantViolationRuleTest {
  @Test
  void evaluate_impossibleStateWithoutFrames_isPlatformBugOfTheComponent() {
    Advice a =
        advise(
            "java.lang.IllegalStateException: Number of files stored in Levels does not equal to"
                + " the size of inputFiles. This is unexpected.");
    assertThat(a.label()).isEqualTo(Label.PLATFORM_BUG);
    assertThat(a.side()).isEqualTo(Side.PLATFORM);
    assertThat(a.action()).contains(Action.FIX_DEPENDENCIES);
    assertThat(a.rules()).contains("invariant-violated");
    assertThat(a.confidence()).isLessThan(0.8);
  }

  @Test
  void evaluate_impossibleStateInFlinkRuntime_isFixedByAFlinkRelease() {
    Advice a =
        advise(
            "java.lang.IllegalStateException: This should never happen.\n"
                + "\tat org.apache.flink.util.Preconditions.checkState(Preconditions.java:193)\n"
                + "\tat org.apache.flink.runtime.scheduler.adaptive.Executing.onGloballyTerminalState("
                + "Executing.java:120)");
    assertThat(a.label()).isEqualTo(Label.PLATFORM_BUG);
    assertThat(a.side()).isEqualTo(Side.PLATFORM);
    assertThat(a.action()).contains(Action.UPGRADE_FLINK_VERSION);
  }

  @Test
  void evaluate_sameWordsThrownByTheJobsOwnCode_isNotAPlatformBug() {
    Advice a =
        advise(
            "java.lang.IllegalStateException: should never happen: order without customer\n"
                + "\tat com.acme.orders.EnrichOrders.map(EnrichOrders.java:42)\n"
                + "\tat org.apache.flink.streaming.api.operators.StreamMap.processElement("
                + "StreamMap.java:38)");
    assertThat(a.rules()).doesNotContain("invariant-violated");
    assertThat(a.label()).isEqualTo(Label.USER_CODE_EXCEPTION);
    assertThat(a.side()).isEqualTo(Side.USER);
  }

  @Test
  void evaluate_unexpectedErrorOfAServer_isNotAnInvariant() {
    Advice a =
        advise(
            "org.apache.kafka.common.KafkaException: Unhandled error in EndTxnResponse: The server"
                + " experienced an unexpected error when processing the request.");
    assertThat(a.rules()).doesNotContain("invariant-violated");
  }
}
