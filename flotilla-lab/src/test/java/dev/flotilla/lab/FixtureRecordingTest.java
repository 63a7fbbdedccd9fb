package dev.flotilla.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Re-records the collector fixtures (excluded by default). Run with {@code mvn -pl flotilla-lab
 * test -Dtest=FixtureRecordingTest -Dlab.excludedGroups=none}; versions and scenarios via {@code
 * -Dflotilla.record.versions=2.3.0,1.20.3 -Dflotilla.record.scenarios=healthy}.
 */
@Tag("record")
class FixtureRecordingTest {

  @Test
  void record_writesFixturesForEachVersionAndScenario() {
    String versions = System.getProperty("flotilla.record.versions", "2.3.0,1.20.3,2.2.0");
    String scenarios = System.getProperty("flotilla.record.scenarios", "healthy");
    FixtureRecorder.main(new String[] {"--versions", versions, "--scenarios", scenarios});
    for (String version : versions.split(",")) {
      assertThat(
              Files.isRegularFile(
                  FixtureRecorder.defaultOutput()
                      .resolve(version)
                      .resolve("errors/unknown-path.json")))
          .isTrue();
    }
  }
}
