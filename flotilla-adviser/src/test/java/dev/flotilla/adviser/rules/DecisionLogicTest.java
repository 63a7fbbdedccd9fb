package dev.flotilla.adviser.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.Adviser;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.Side;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules with logic: version table, metrics precedence, fallback, conflicts and UNKNOWN. */
class DecisionLogicTest {
  private static final Adviser ADVISER = Adviser.builtIn();
  private static final String METASPACE =
      "java.lang.OutOfMemoryError: Metaspace. The metaspace out-of-memory error has occurred.";

  private static Advice advise(String log, String hint, String version, String phase) {
    return ADVISER.adviseText(
        log, Optional.ofNullable(hint), Optional.ofNullable(version), Optional.ofNullable(phase));
  }

  @Test
  void knownBug_metaspaceOn1100_blamesFlinkDefault() {
    Advice a = advise(METASPACE, null, "1.10.0", "runtime");
    assertThat(a.rules()).first().isEqualTo("FLINK-16406");
    assertThat(a.side()).isEqualTo(Side.PLATFORM);
    assertThat(a.action()).contains(Action.UPGRADE_FLINK_VERSION);
    assertThat(a.links()).contains("https://github.com/apache/flink/pull/11300");
  }

  @Test
  void knownBug_fixedOrUnknownVersion_doesNotFire() {
    assertThat(advise(METASPACE, null, "1.10.1", null).rules()).doesNotContain("FLINK-16406");
    Advice unknownVersion = advise(METASPACE, null, null, null);
    assertThat(unknownVersion.rules()).doesNotContain("FLINK-16406");
    assertThat(unknownVersion.action()).contains(Action.INCREASE_METASPACE);
  }

  @Test
  void knownBug_zookeeperSuspendBefore114_recommendsUpgrade() {
    String zk =
        "org.apache.flink.shaded.zookeeper3.org.apache.zookeeper.KeeperException$ConnectionLossException: KeeperErrorCode = ConnectionLoss for /flink";
    assertThat(advise(zk, null, "1.13.6", null).action()).contains(Action.UPGRADE_FLINK_VERSION);
    assertThat(advise(zk, null, "1.17.2", null).action()).contains(Action.FIX_STORAGE_OR_HA);
  }

  @Test
  void metrics_skewOutranksBackpressure() {
    Advice a =
        advise("", "backpressure high on source; one subtask receives 90% of records", null, null);
    assertThat(a.label()).isEqualTo(Label.DATA_SKEW);
    assertThat(a.action()).contains(Action.REBALANCE_KEYS_FOR_SKEW);
    assertThat(a.evidence()).anyMatch(e -> e.contains("90% of records"));
  }

  @Test
  void metrics_backpressureAndBusy_isSlowOperator() {
    Advice a = advise("", "backpressure high on source, busy 100% on window", null, "runtime");
    assertThat(a.label()).isEqualTo(Label.BACKPRESSURE_OR_SLOW_OPERATOR);
    assertThat(a.action()).contains(Action.SCALE_UP_PARALLELISM);
  }

  @Test
  void metrics_exceptionInLogWinsOverHint() {
    Advice a =
        advise(
            "java.lang.OutOfMemoryError: Java heap space",
            "backpressure high on source",
            null,
            null);
    assertThat(a.label()).isEqualTo(Label.OOM_HEAP);
  }

  @Test
  void fallback_exceptionFromUserPackage_isUserCode() {
    String text =
        """
        java.lang.IllegalStateException: order 42 has no customer
        \tat com.example.orders.Enricher.map(Enricher.java:31)
        \tat org.apache.flink.streaming.api.operators.StreamMap.processElement(StreamMap.java:38)
        """;
    Advice a = advise(text, null, null, null);
    assertThat(a.label()).isEqualTo(Label.USER_CODE_EXCEPTION);
    assertThat(a.rules()).containsExactly("fallback-user-code");
    assertThat(a.confidence()).isLessThan(0.8);
  }

  @Test
  void unknown_noEvidence_isUnknownWithLowConfidence() {
    Advice a = advise("Job switched from state CREATED to RUNNING.", null, null, null);
    assertThat(a.label()).isEqualTo(Label.UNKNOWN);
    assertThat(a.side()).isEqualTo(Side.UNKNOWN);
    assertThat(a.actions()).isEmpty();
    assertThat(a.confidence()).isLessThan(0.3);
  }

  @Test
  void conflict_twoMechanismsClose_lowersConfidence() {
    Advice single =
        advise(
            "java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id tm-1 timed out.",
            null,
            null,
            null);
    Advice both =
        advise(
            """
            java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id tm-1 timed out.
            org.apache.flink.util.FlinkRuntimeException: Exceeded checkpoint tolerable failure threshold.
            """,
            null,
            null,
            null);
    assertThat(both.confidence()).isLessThan(single.confidence());
  }
}
