package dev.flotilla.adviser.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Adviser;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.live.LiveAdviser;
import dev.flotilla.adviser.live.LiveSettings;
import dev.flotilla.adviser.live.Moment;
import dev.flotilla.adviser.live.Obs;
import dev.flotilla.adviser.live.RecordedFixtures;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.SettableClock;
import dev.flotilla.model.Side;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A post-mortem of the lab's real "failed" job, after two healthy minutes and a restart. */
class PostMortemReportTest {
  private static final Instant T = RecordedFixtures.recordedAt("2.2.0", "failed");
  private static final JobObservation HEALTHY = RecordedFixtures.job("2.2.0", "healthy", T);
  private static final JobObservation LOOP = RecordedFixtures.job("2.2.0", "exception-loop", T);
  private static final JobObservation FAILED = RecordedFixtures.job("2.2.0", "failed", T);

  private PostMortemReport report() {
    LiveAdviser a =
        new LiveAdviser(Adviser.builtIn(), LiveSettings.defaults(), new SettableClock(T));
    List<JobObservation> seq =
        List.of(
            Obs.copy(
                HEALTHY,
                "prod",
                "payments",
                JobState.RUNNING,
                T.minusSeconds(40),
                Obs.restarts(HEALTHY.metrics(), 0),
                HEALTHY.checkpoints(),
                List.of(),
                HEALTHY.taskCounts()),
            Obs.copy(
                HEALTHY,
                "prod",
                "payments",
                JobState.RUNNING,
                T.minusSeconds(25),
                Obs.restarts(HEALTHY.metrics(), 0),
                HEALTHY.checkpoints(),
                List.of(),
                HEALTHY.taskCounts()),
            Obs.copy(
                LOOP,
                "prod",
                "payments",
                JobState.RESTARTING,
                T.minusSeconds(8),
                Obs.restarts(LOOP.metrics(), 1),
                LOOP.checkpoints(),
                FAILED.exceptions().subList(2, 4),
                LOOP.taskCounts()),
            Obs.renamed(FAILED, "prod", "payments", T));
    for (JobObservation o : seq) {
      a.observe(
          List.of(
              new ClusterSnapshot(
                  Obs.cluster("prod", o.observedAt(), "2.2.0", 1, 4, 2, List.of()), List.of(o))),
          Map.of("prod/payments", "payments"),
          o.observedAt());
    }
    SliInterval interval =
        new SliInterval(
            "payments",
            "prod",
            Optional.empty(),
            Optional.empty(),
            SliState.NOT_RUNNING,
            T.minusSeconds(8),
            Optional.empty(),
            Set.of("FAILED"),
            Side.USER,
            List.of());
    return a.postMortem(
        "payments",
        List.of(interval),
        List.of(
            new ActionTaken(
                T.plusSeconds(30),
                "restart from latest checkpoint",
                "refused: the same exception would recur")));
  }

  @Test
  void build_failedJobHistory_failureTimeAndFinalDiagnosis() {
    PostMortemReport r = report();

    assertThat(r.failureAt()).hasValue(T.minusSeconds(8));
    assertThat(r.finalDiagnosis())
        .hasValueSatisfying(
            d -> {
              assertThat(d.label()).isEqualTo(Label.USER_CODE_EXCEPTION);
              assertThat(d.side()).isEqualTo(Side.USER);
              assertThat(d.moment()).isEqualTo(Moment.POSTMORTEM);
            });
    assertThat(r.around()).hasSize(4);
    assertThat(r.timeline())
        .extracting(TimelineEntry::text)
        .contains(
            "job payments-id RUNNING",
            "job payments-id RESTARTING",
            "job payments-id FAILED",
            "numRestarts 0 → 1")
        .anySatisfy(
            t ->
                assertThat(t)
                    .startsWith(
                        "java.lang.RuntimeException: Injected failure: record 1500 on subtask 1 [counter -> sleeper -> sink: Writer (2/2) - execution #0]"));
  }

  @Test
  void markdown_failedJob_sectionsWithRealEvidence() {
    String md = report().markdown();

    assertThat(md)
        .startsWith("# Post-mortem: payments\n")
        .contains("- Failure: went failing/restarting at " + T.minusSeconds(8))
        .contains("- Diagnosis: **USER_CODE_EXCEPTION** (USER, confidence 0.70)")
        .contains("- Recommended: [FIX_USER_CODE]")
        .contains("- SLA: 1 exception interval(s)")
        .contains(
            "> Caused by: java.lang.RuntimeException: Injected failure: record 1500 on subtask 1")
        .contains("| " + T + " | STATE | job payments-id FAILED |")
        .contains("## Metrics around the failure")
        .contains("| " + T + " | FAILED | 2 | 3/3 | 38 ms | – |")
        .contains(
            "- "
                + T.plusSeconds(30)
                + ": restart from latest checkpoint — refused: the same exception would recur");
  }

  @Test
  void build_noFailure_saysSo() {
    PostMortemReport r =
        PostMortemReport.build("calm", List.of(HEALTHY), List.of(), List.of(), List.of());

    assertThat(r.failureAt()).isEmpty();
    assertThat(r.markdown())
        .contains("- Failure: no failing state observed", "- Diagnosis: none", "Nothing recorded.");
    assertThat(r.around()).hasSize(1);
  }
}
