package dev.flotilla.adviser.rules;

import static dev.flotilla.adviser.rules.AdviseText.advise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.Side;
import org.junit.jupiter.api.Test;

class CitedIssueRuleTest {
  @Test
  void refine_mechanismKnownAndFlinkIssueCited_keepsLabelMovesFaultToFlink() {
    String cause =
        "java.io.InvalidClassException: org.apache.flink.formats.avro.typeutils.AvroSerializer;"
            + " local class incompatible: stream classdesc serialVersionUID = 1, local class"
            + " serialVersionUID = 2";
    Advice without = advise(cause);
    Advice with =
        advise("[FLINK-11436] Fix Java deserialization failure of the AvroSerializer\n" + cause);

    assertThat(without.side()).isEqualTo(Side.USER);
    assertThat(with.label()).isEqualTo(without.label());
    assertThat(with.side()).isEqualTo(Side.PLATFORM);
    assertThat(with.action()).contains(Action.UPGRADE_FLINK_VERSION);
    assertThat(with.evidence()).anyMatch(e -> e.contains("FLINK-11436"));
  }

  @Test
  void evaluate_onlyACitation_isWeakFlinkBug() {
    Advice a = advise("This looks like FLINK-20753: the job hangs after a failover");
    assertThat(a.label()).isEqualTo(Label.PLATFORM_BUG);
    assertThat(a.side()).isEqualTo(Side.PLATFORM);
    assertThat(a.action()).contains(Action.UPGRADE_FLINK_VERSION);
    assertThat(a.confidence()).isLessThanOrEqualTo(0.4);
  }

  @Test
  void refine_lowerCaseFlinkVersionInAJarName_isNotACitation() {
    Advice a =
        advise(
            "java.lang.OutOfMemoryError: Java heap space\n"
                + "\tat org.apache.flink.runtime.io.network.Foo.bar(Foo.java:1)"
                + " ~[flink-dist-1.17.1.jar:1.17.1]");
    assertThat(a.side()).isEqualTo(Side.USER);
    assertThat(a.rules()).doesNotContain("cited-flink-issue");
  }

  @Test
  void refine_libraryIssueCited_movesTheFaultToThatLibrary() {
    Advice a =
        advise(
            "[HUDI-5671] BucketIndexPartitioner partition algorithm skew\n"
                + "java.lang.NullPointerException\n\tat com.acme.jobs.Enrich.map(Enrich.java:10)");
    assertThat(a.side()).isEqualTo(Side.PLATFORM);
    assertThat(a.action()).contains(Action.FIX_DEPENDENCIES);
    assertThat(a.evidence()).anyMatch(e -> e.contains("HUDI-5671"));
  }
}
