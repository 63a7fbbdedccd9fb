package dev.flotilla.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.flotilla.collector.archviolation.PostingCollector;
import dev.flotilla.sla.archviolation.WallClockEngine;
import org.junit.jupiter.api.Test;

/** Proves the rules can fail: each is checked against a class written to break it. */
class RulesCatchViolationsTest {
  private final JavaClasses violators =
      new ClassFileImporter().importClasses(WallClockEngine.class, PostingCollector.class);

  @Test
  void engineRules_rejectWallClockAndFileIo() {
    assertThatThrownBy(() -> FlotillaRules.ENGINES_USE_INJECTED_CLOCK.check(violators))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Instant.now()");
    assertThatThrownBy(() -> FlotillaRules.ENGINES_DO_NO_IO.check(violators))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("java.nio.file.Files");
  }

  @Test
  void mutationRule_rejectsPostOutsideTheOperator() {
    assertThatThrownBy(() -> FlotillaRules.ONLY_OPERATOR_MUTATES_FLINK.check(violators))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PostingCollector");
  }
}
