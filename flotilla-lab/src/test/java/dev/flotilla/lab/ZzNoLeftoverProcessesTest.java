package dev.flotilla.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs last (alphabetical class order): no process any lab test started may still be alive. */
@Tag("lab")
class ZzNoLeftoverProcessesTest {

  @Test
  void suiteRegistry_hasNoLivingLabProcess() {
    assertThat(PidRegistry.aliveFromSuiteFile(FlinkLabExtension.SUITE_REGISTRY)).isEmpty();
  }
}
