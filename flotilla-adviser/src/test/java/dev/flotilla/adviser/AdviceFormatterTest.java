package dev.flotilla.adviser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdviceFormatterTest {
  @Test
  void format_quotesEvidenceAndNamesAction() {
    Advice a =
        Adviser.builtIn()
            .adviseText(
                "org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Could not acquire the minimum required resources",
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    String text = new AdviceFormatter().format(a);
    assertThat(text)
        .contains("Diagnosis: INSUFFICIENT_RESOURCES (side USER, confidence 0.85)")
        .contains("Action:    ADD_RESOURCES_OR_SLOTS")
        .contains("  > org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException")
        .contains("Rules:     no-resource-available");
  }
}
