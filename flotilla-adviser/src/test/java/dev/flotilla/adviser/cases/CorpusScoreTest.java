package dev.flotilla.adviser.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Adviser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Regression guard: the holdout scores of the real-case corpus must stay above the targets. */
class CorpusScoreTest {
  static final Path CORPUS = Path.of("..", "corpus", "cases.jsonl");

  /*
   * Floors = holdout scores measured after the Flink-namespace pass (161 cases, 48 holdout):
   * label 43/48, side 40/48, action 41/48 (45/42/43 after the second session's rules). Targets (label 0.90, side 0.95, action 0.85): only action
   * is met; the floors guard against regressions without pretending the rest are. The holdout was
   * looked at for that pass, so it is no longer untouched. See docs/adviser.md.
   */
  static final double LABEL_FLOOR = 0.89;
  static final double SIDE_FLOOR = 0.83;
  static final double ACTION_FLOOR = 0.85;

  private final CaseScorer scorer = new CaseScorer(Adviser.builtIn());

  private ScoreReport score(String split) throws IOException {
    try (Reader r = Files.newBufferedReader(CORPUS, StandardCharsets.UTF_8)) {
      ScoreReport report = scorer.score(r, Optional.of(split));
      System.out.println(report.render());
      return report;
    }
  }

  @Test
  void score_corpusHasAtLeastHundredLabelledCases() throws IOException {
    try (Reader r = Files.newBufferedReader(CORPUS, StandardCharsets.UTF_8)) {
      ScoreReport all = scorer.score(r);
      assertThat(all.cases()).isGreaterThanOrEqualTo(390);
      assertThat(all.errors()).isZero();
    }
  }

  @Test
  void score_holdoutStaysAboveTargets() throws IOException {
    ScoreReport holdout = score("holdout");
    assertThat(holdout.cases()).isGreaterThan(20);
    assertThat(holdout.labelAccuracy()).isGreaterThanOrEqualTo(LABEL_FLOOR);
    assertThat(holdout.sideAccuracy()).isGreaterThanOrEqualTo(SIDE_FLOOR);
    assertThat(holdout.actionAccuracy()).isGreaterThanOrEqualTo(ACTION_FLOOR);
    assertThat(holdout.confidentWrongRate()).isLessThanOrEqualTo(0.03);
  }

  /*
   * Fresh rounds (2026-11-25): cases gathered after the rules, scored before any change for them,
   * then used to add general rules. Before-change scores (label/side/action): fresh-a 3/8, 2/8,
   * 2/8; fresh-b 5/10, 4/10, 4/10; fresh-c 1/10, 3/10, 1/10; fresh-d 2/8, 3/8, 3/8; fresh-e 2/5, 1/5, 1/5. The floors
   * below are the after-change scores, so they guard the new rules against regressions; they are
   * not a measure of generality (docs/adviser.md).
   */
  @Test
  void score_freshRoundsKeepTheirAfterChangeScores() throws IOException {
    assertFloors(score("fresh-a"), 8, 8, 7, 8);
    assertFloors(score("fresh-b"), 10, 10, 8, 8);
    assertFloors(score("fresh-c"), 10, 9, 6, 7);
    assertFloors(score("fresh-d"), 8, 8, 6, 6);
    assertFloors(score("fresh-e"), 5, 5, 1, 1);
    // fresh-f was gathered after the last rule change and never tuned on: its score is an
    // untouched measure (label 7/10, side 4/10, action 7/10), kept here only as a regression guard.
    assertFloors(score("fresh-f"), 10, 7, 4, 7);
  }

  /*
   * Second session's rounds (2026-11-25, later): fresh-h (15 cases from connector and platform
   * repositories) scored label 6/15, side 6/15, action 6/15 before any change; fresh-g (15 cases
   * from Flink JIRA, mailing lists, blogs) was scored after the fresh-h changes and before any
   * change for it: label 9/15, side 10/15, action 8/15, confident-wrong 1/15. Both were then used
   * for general rules; the floors are the after-change scores.
   */
  @Test
  void score_secondSessionRoundsKeepTheirAfterChangeScores() throws IOException {
    assertFloors(score("fresh-h"), 15, 14, 12, 14);
    // one confident-wrong stays on purpose: a StateMigrationException is SERIALIZATION by the
    // issue's own taxonomy ("state serializer changes"), the collector labelled it a restore fault
    assertFloors(score("fresh-g"), 15, 13, 13, 11, 1);
    // fresh-j (15, connector/platform/Beam repositories) and fresh-i (10, engineering blogs) were
    // scored on the rules after fresh-g/h and a third message probe, before any change for them:
    // fresh-j label 8/15, side 7/15, action 7/15, confident-wrong 1; fresh-i 9/10, 6/10, 7/10, 0.
    assertFloors(score("fresh-j"), 15, 12, 9, 11);
    assertFloors(score("fresh-i"), 10, 9, 8, 7);
    // fresh-k (14, lakehouse/platform-tool repositories) and fresh-l (13, operator/connector
    // repositories), scored before any change for them: fresh-k label 7/14, side 8/14, action
    // 5/14, confident-wrong 1; fresh-l 6/13, 5/13, 5/13, 0.
    // its confident-wrong case is a legacy "Required context properties mismatch" the collector
    // called a config error; fresh-f labelled the same message a missing connector jar
    assertFloors(score("fresh-k"), 14, 11, 11, 8, 1);
    assertFloors(score("fresh-l"), 13, 9, 7, 6);
    // fresh-n (13, Chinese-language blogs and notes), before any change: 6/13, 6/13, 4/13, 0.
    assertFloors(score("fresh-n"), 13, 12, 9, 8);
    // fresh-o (13, community blogs and Q&A mirrors), before any change: 11/13, 11/13, 7/13, 0.
    assertFloors(score("fresh-o"), 13, 12, 12, 8);
    // fresh-m (16, vendor and Flink troubleshooting docs), before any change: 9/16, 8/16, 5/16, 1.
    // its confident-wrong case is a docs paragraph on Kryo's JavaSerializer whose only symptom is a
    // ClassNotFoundException (the class-not-found pattern, not a serialization one)
    assertFloors(score("fresh-m"), 16, 14, 12, 8, 1);
    // fresh-p (12, sample/tutorial/application repositories), before any change: 7/12, 7/12, 4/12.
    assertFloors(score("fresh-p"), 12, 8, 8, 5);
    // fresh-q (8, job-level failures with stack traces), before any change: 6/8, 5/8, 5/8, 0.
    assertFloors(score("fresh-q"), 8, 7, 7, 6);
    // fresh-r (3, cluster-level failures), before any change: 1/3, 1/3, 1/3, 0.
    assertFloors(score("fresh-r"), 3, 2, 1, 2);
    // fresh-s (11 performance cases with metrics hints), before any change: 4/11, 6/11, 5/11, 0.
    assertFloors(score("fresh-s"), 11, 10, 7, 7);
    // fresh-t (12, Flink and connector pull requests), before any change: 5/12, 6/12, 4/12, 0.
    assertFloors(score("fresh-t"), 12, 9, 8, 8);
    // fresh-u (9, third-party connectors and engines), before any change: 3/9, 4/9, 2/9, 1.
    // Its confident-wrong case is a VerifyError the collector called a usage error.
    assertFloors(score("fresh-u"), 9, 5, 6, 4, 1);
  }

  private static void assertFloors(ScoreReport r, int cases, int label, int side, int action) {
    assertFloors(r, cases, label, side, action, 0);
  }

  private static void assertFloors(
      ScoreReport r, int cases, int label, int side, int action, int confidentWrong) {
    assertThat(r.cases()).isEqualTo(cases);
    assertThat(r.labelAccuracy() * cases).isGreaterThanOrEqualTo(label - 0.01);
    assertThat(r.sideAccuracy() * cases).isGreaterThanOrEqualTo(side - 0.01);
    assertThat(r.actionAccuracy() * cases).isGreaterThanOrEqualTo(action - 0.01);
    assertThat(r.confidentWrongRate() * cases).isLessThanOrEqualTo(confidentWrong + 0.01);
  }

  @Test
  void score_devReported() throws IOException {
    ScoreReport dev = score("dev");
    assertThat(dev.cases()).isGreaterThan(100);
    assertThat(dev.labelAccuracy()).isGreaterThanOrEqualTo(0.90);
    assertThat(dev.sideAccuracy()).isGreaterThanOrEqualTo(0.88);
    assertThat(dev.actionAccuracy()).isGreaterThanOrEqualTo(0.88);
    assertThat(dev.confidentWrongRate()).isLessThanOrEqualTo(0.03);
  }
}
