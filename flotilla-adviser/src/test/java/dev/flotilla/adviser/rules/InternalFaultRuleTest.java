package dev.flotilla.adviser.rules;

import static dev.flotilla.adviser.rules.AdviseText.advise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.Side;
import org.junit.jupiter.api.Test;

class InternalFaultRuleTest {
  @Test
  void evaluate_npeInLakeLibrary_isPlatformBugFixDependencies() {
    Advice a =
        advise(
            "java.lang.NullPointerException: null\n"
                + "\tat org.apache.iceberg.util.LockManagers$InMemoryLockManager.release("
                + "LockManagers.java:225) ~[?:?]\n"
                + "\tat org.apache.iceberg.hadoop.HadoopTableOperations.commit("
                + "HadoopTableOperations.java:158) ~[?:?]");
    assertThat(a.label()).isEqualTo(Label.PLATFORM_BUG);
    assertThat(a.side()).isEqualTo(Side.PLATFORM);
    assertThat(a.action()).contains(Action.FIX_DEPENDENCIES);
    assertThat(a.confidence()).isLessThan(0.8);
    assertThat(a.evidence()).anyMatch(e -> e.contains("org.apache.iceberg.util"));
  }

  @Test
  void evaluate_npeAfterUserMapReturnedNull_isUserCode() {
    Advice a =
        advise(
            "Caused by: java.lang.NullPointerException\n"
                + "    at org.apache.flink.api.java.typeutils.runtime.TupleSerializer.copy("
                + "TupleSerializer.java:111)\n"
                + "    at org.apache.flink.streaming.api.operators.StreamMap.processElement("
                + "StreamMap.java:41)");
    assertThat(a.label()).isEqualTo(Label.USER_CODE_EXCEPTION);
    assertThat(a.side()).isEqualTo(Side.USER);
  }

  @Test
  void evaluate_flinkRuntimeAssertion_isPlatformUpgrade() {
    Advice a =
        advise(
            "java.lang.IllegalStateException: unexpected state\n"
                + "\tat org.apache.flink.runtime.checkpoint.PendingCheckpoint.finalize("
                + "PendingCheckpoint.java:300) ~[flink-dist-1.16.1.jar:1.16.1]");
    assertThat(a.label()).isEqualTo(Label.PLATFORM_BUG);
    assertThat(a.action()).contains(Action.UPGRADE_FLINK_VERSION);
  }
}
