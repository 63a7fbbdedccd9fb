package dev.flotilla.adviser.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.Side;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrecedenceTest {
  private static JobDiagnosis d(Label label, Side side, String rule, String evidence) {
    return new JobDiagnosis(
        "orders",
        "east",
        Instant.EPOCH,
        label,
        side,
        0.7,
        List.of(
            label == Label.USER_CODE_EXCEPTION ? Action.FIX_USER_CODE : Action.TUNE_CHECKPOINTING),
        List.of(evidence),
        List.of(rule),
        "x",
        Moment.RUNTIME,
        label + ": x",
        Optional.empty());
  }

  @Test
  void exceptionLoop_absorbsTheFailingCheckpointsItCauses() {
    List<JobDiagnosis> out =
        Precedence.apply(
            List.of(
                d(Label.USER_CODE_EXCEPTION, Side.USER, ExceptionDetector.RULE, "Injected failure"),
                d(
                    Label.CHECKPOINT_TIMEOUT_OR_FAILURE,
                    Side.USER,
                    "live.checkpoint-failure",
                    "failed count 1 → 2")));

    assertThat(out)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.label()).isEqualTo(Label.USER_CODE_EXCEPTION);
              assertThat(x.actions()).containsExactly(Action.FIX_USER_CODE);
              assertThat(x.evidence())
                  .contains(
                      "Injected failure", "explained by USER_CODE_EXCEPTION: failed count 1 → 2");
            });
  }

  @Test
  void checkpointFailureNamedByTheExceptionItself_isKept() {
    List<JobDiagnosis> out =
        Precedence.apply(
            List.of(
                d(Label.USER_CODE_EXCEPTION, Side.USER, ExceptionDetector.RULE, "NPE"),
                d(
                    Label.CHECKPOINT_TIMEOUT_OR_FAILURE,
                    Side.USER,
                    ExceptionDetector.RULE,
                    "Checkpoint expired before completing")));

    assertThat(out).extracting(JobDiagnosis::label).hasSize(2);
  }
}
