package dev.flotilla.adviser.rules;

import static dev.flotilla.adviser.rules.AdviseText.advise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.Side;
import org.junit.jupiter.api.Test;

class GcLogRuleTest {
  @Test
  void evaluate_fullGcsThatFreeNothing_isHeapExhaustion() {
    Advice a =
        advise(
            "2021-07-28T18:38:29.678+0800: [Full GC (Ergonomics) [PSYoungGen:"
                + " 937984K->678408K(1053696K)] [ParOldGen: 2342580K->2342579K(2342912K)]"
                + " 3280564K->3020988K(3396608K), 2.7266583 secs]\n"
                + "2021-07-28T18:38:32.663+0800: [Full GC (Ergonomics) [PSYoungGen:"
                + " 937984K->686663K(1053696K)] [ParOldGen: 2342579K->2342579K(2342912K)]"
                + " 3280563K->3029243K(3396608K), 2.81 secs]");
    assertThat(a.label()).isEqualTo(Label.OOM_HEAP);
    assertThat(a.side()).isEqualTo(Side.USER);
    assertThat(a.action()).contains(Action.INCREASE_HEAP);
    assertThat(a.rules()).contains("gc-log-heap-full");
    assertThat(a.evidence()).anyMatch(e -> e.contains("ParOldGen"));
  }

  @Test
  void evaluate_unifiedLoggingFullPause_isRead() {
    Advice a = advise("[gc] GC(812) Pause Full (Ergonomics) 3990M->3985M(4096M) 2650.123ms");
    assertThat(a.rules()).contains("gc-log-heap-full");
  }

  @Test
  void evaluate_fullGcThatFreesTheHeap_saysNothing() {
    Advice a =
        advise(
            "[Full GC (System.gc()) [PSYoungGen: 1000K->0K(150528K)] [ParOldGen:"
                + " 300000K->120000K(2342912K)] 301000K->120000K(2493440K), 0.2 secs]");
    assertThat(a.rules()).doesNotContain("gc-log-heap-full");
  }
}
