package dev.flotilla.adviser.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flotilla.adviser.Label;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PatternCatalogueTest {

  @Test
  void builtIn_hasAtLeastFortyEntriesAndKnownBugs() {
    PatternCatalogue c = PatternCatalogue.builtIn();
    assertThat(c.size()).isGreaterThanOrEqualTo(40);
    assertThat(c.knownBugs())
        .extracting(CataloguePattern::id)
        .contains("FLINK-16406", "FLINK-10052");
    assertThat(c.knownBugs()).allMatch(b -> !b.versions().isEmpty());
  }

  @Test
  void builtIn_coversEveryLogLabel() {
    Set<Label> covered =
        Stream.concat(
                PatternCatalogue.builtIn().patterns().stream(),
                PatternCatalogue.builtIn().knownBugs().stream())
            .map(CataloguePattern::label)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Label.class)));
    // the two metric-only labels come from MetricsHintRule
    Set<Label> expected =
        EnumSet.complementOf(
            EnumSet.of(Label.UNKNOWN, Label.DATA_SKEW, Label.BACKPRESSURE_OR_SLOW_OPERATOR));
    assertThat(covered).containsAll(expected);
  }

  @Test
  void read_userFile_isAddedAfterBuiltIn() {
    String yaml =
        """
        patterns:
          - id: my-sink-timeout
            any: ['MySinkTimeout']
            label: CONNECTOR_EXTERNAL_SYSTEM
            side: USER
            action: CHECK_EXTERNAL_SYSTEM
            confidence: 0.7
            explanation: our sink timed out
        """;
    PatternCatalogue all =
        PatternCatalogue.builtIn().plus(PatternCatalogue.read(new StringReader(yaml), "mine.yaml"));
    assertThat(all.patterns()).last().extracting(CataloguePattern::id).isEqualTo("my-sink-timeout");
  }

  @Test
  void read_badEntry_namesFileIndexAndProblem() {
    String yaml =
        """
        patterns:
          - id: broken
            any: ['(']
            label: OOM_HEAP
            side: USER
            action: INCREASE_HEAP
            confidence: 0.5
            explanation: x
        """;
    assertThatThrownBy(() -> PatternCatalogue.read(new StringReader(yaml), "mine.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mine.yaml: patterns[0] (broken)")
        .hasMessageContaining("bad regex");
    String noLabel =
        "patterns:\n  - id: x\n    any: ['a']\n    side: USER\n    action: FIX_CONFIG\n    confidence: 0.5\n    explanation: x\n";
    assertThatThrownBy(() -> PatternCatalogue.read(new StringReader(noLabel), "f.yaml"))
        .hasMessageContaining("missing 'label'");
  }
}
