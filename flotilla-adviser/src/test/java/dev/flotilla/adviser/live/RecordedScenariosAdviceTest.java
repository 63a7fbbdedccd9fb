package dev.flotilla.adviser.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Adviser;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.SettableClock;
import dev.flotilla.model.Side;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lab fault scenario, recorded on Flink 1.20.3, 2.2.0 and 2.3.0, parsed by the real collector
 * and given to the live adviser for one cycle: the right label and side, with evidence quoting the
 * real exception text or metric value.
 */
class RecordedScenariosAdviceTest {
  private static final Adviser ADVISER = Adviser.builtIn();

  static Stream<Arguments> faults() {
    Object[][] expected = {
      {
        "exception-loop",
        Label.USER_CODE_EXCEPTION,
        Side.USER,
        "Injected failure: record 1500 on subtask 1"
      },
      {
        "failed", Label.USER_CODE_EXCEPTION, Side.USER, "Injected failure: record 1500 on subtask 1"
      },
      {"heap-oom", Label.OOM_HEAP, Side.USER, "java.lang.OutOfMemoryError: Java heap space"},
      {
        "slow",
        Label.BACKPRESSURE_OR_SLOW_OPERATOR,
        Side.USER,
        "bottleneck 'counter -> sleeper -> sink: Writer' busy"
      },
      {"skew", Label.DATA_SKEW, Side.USER, "records-in skew 95.0 (of 100)"},
      {
        "checkpoint-timeout",
        Label.CHECKPOINT_TIMEOUT_OR_FAILURE,
        Side.USER,
        "\"Checkpoint expired before completing.\""
      },
      {
        "missing-class",
        Label.CLASS_OR_DEPENDENCY_CONFLICT,
        Side.USER,
        "ClassNotFoundException: dev.flotilla.faultjob.missing.NotOnTheClasspath"
      },
    };
    return Stream.of("1.20.3", "2.2.0", "2.3.0")
        .flatMap(v -> Stream.of(expected).map(e -> Arguments.of(v, e[0], e[1], e[2], e[3])));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("faults")
  void observe_recordedFault_rightLabelSideAndRealEvidence(
      String version, String scenario, Label label, Side side, String quoted) {
    AdviserCycle c = oneCycle(version, scenario);
    String key = "lab/" + scenario;

    assertThat(c.newOrChanged()).as("diagnoses").isNotEmpty();
    JobDiagnosis top = c.newOrChanged().get(0);
    assertThat(c.newOrChanged()).extracting(JobDiagnosis::jobKey).containsOnly(key);
    assertThat(top.label()).isEqualTo(label);
    assertThat(top.side()).isEqualTo(side);
    assertThat(top.moment()).isEqualTo(Moment.RUNTIME);
    assertThat(top.evidence()).anySatisfy(e -> assertThat(e).contains(quoted));
    assertThat(top.incidentId()).isEmpty();
    assertThat(c.incidents()).isEmpty();
    assertThat(c.health().get(key).score()).isLessThan(100);
    assertThat(c.health().get(key).topFinding())
        .hasValueSatisfying(t -> assertThat(t).startsWith(label.name()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void observe_recordedHealthyJob_noDiagnosisFullHealth(String version) {
    AdviserCycle c = oneCycle(version, "healthy");

    assertThat(c.newOrChanged()).isEmpty();
    assertThat(c.health().get("lab/healthy"))
        .isEqualTo(new JobHealth("lab/healthy", 100, java.util.Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void observe_recordedExceptionLoop_restartLoopEvidenceFromRealCounts(String version) {
    JobDiagnosis d = oneCycle(version, "exception-loop").newOrChanged().get(0);

    assertThat(d.rules()).contains(RestartLoopDetector.RULE, ExceptionDetector.RULE);
    assertThat(d.evidence()).anySatisfy(e -> assertThat(e).startsWith("numRestarts 0 → 2 within"));
    assertThat(d.actions()).first().hasToString("FIX_USER_CODE");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void observe_recordedFailedJob_signatureSkipsRecoverySuppressedWrapper(String version) {
    JobDiagnosis d = oneCycle(version, "failed").newOrChanged().get(0);

    assertThat(d.signature())
        .isEqualTo(
            "USER_CODE_EXCEPTION: java.lang.RuntimeException: Injected failure: record <n> on subtask <n>");
    assertThat(d.evidence()).anySatisfy(e -> assertThat(e).contains("Recovery is suppressed"));
  }

  static Stream<String> versions() {
    return Stream.of("1.20.3", "2.2.0", "2.3.0");
  }

  static AdviserCycle oneCycle(String version, String scenario) {
    Instant at = RecordedFixtures.recordedAt(version, scenario);
    ClusterSnapshot snap = RecordedFixtures.snapshot(version, scenario, "lab", at);
    LiveAdviser a = new LiveAdviser(ADVISER, LiveSettings.defaults(), new SettableClock(at));
    return a.observe(List.of(snap), Map.of(), at);
  }
}
