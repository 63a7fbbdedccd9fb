package dev.flotilla.adviser.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Adviser;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseScorerTest {
  private final CaseScorer scorer = new CaseScorer(Adviser.builtIn());

  private static final String CASES =
      String.join(
          "\n",
          "{\"id\":\"1\",\"split\":\"dev\",\"log_excerpt\":\"java.lang.OutOfMemoryError: Java heap space\",\"label\":\"OOM_HEAP\",\"side\":\"USER\",\"action\":\"INCREASE_HEAP\"}",
          "{\"id\":\"2\",\"split\":\"dev\",\"log_excerpt\":\"java.lang.OutOfMemoryError: Java heap space\",\"label\":\"OOM_METASPACE\",\"side\":\"USER\",\"action\":\"INCREASE_METASPACE\"}",
          "{\"id\":\"3\",\"split\":\"holdout\",\"log_excerpt\":\"all fine\",\"label\":\"UNKNOWN\",\"side\":\"UNKNOWN\",\"action\":\"\"}",
          "garbage");

  @Test
  void score_countsAccuracyConfusionAndConfidentWrong() {
    ScoreReport r = scorer.score(new StringReader(CASES));
    assertThat(r.cases()).isEqualTo(3);
    assertThat(r.errors()).isEqualTo(1);
    assertThat(r.labelCorrect()).isEqualTo(2);
    assertThat(r.sideCorrect()).isEqualTo(3);
    assertThat(r.actionCorrect()).isEqualTo(2);
    assertThat(r.confidentWrong()).isEqualTo(1);
    assertThat(r.confusion().get("OOM_METASPACE")).containsEntry("OOM_HEAP", 1);
    assertThat(r.misses()).singleElement().asString().startsWith("2: OOM_METASPACE");
    assertThat(r.render()).contains("confident-wrong").contains("OOM_METASPACE");
  }

  @Test
  void score_split_keepsOnlyThatSplit() {
    ScoreReport r = scorer.score(new StringReader(CASES), Optional.of("holdout"));
    assertThat(r.scope()).isEqualTo("holdout");
    assertThat(r.cases()).isEqualTo(1);
    assertThat(r.labelAccuracy()).isEqualTo(1.0);
  }
}
