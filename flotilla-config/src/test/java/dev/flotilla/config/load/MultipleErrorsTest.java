package dev.flotilla.config.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.ConfigError;
import dev.flotilla.config.ConfigError.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleErrorsTest {

  @Test
  void parse_errorsInSeveralSections_allReportedInFileOrder() {
    List<ConfigError> errors =
        Yaml.errors(
            """
            store: { pool-size: 0 }
            clusters:
              - { name: a, rest: 'ftp://x' }
              - { name: b, rest: 'http://y:1', request-timout: 5s }
            jobs:
              - { name: j, artifact: j.jar, parallelism: many, placement: { preferred: a } }
            policy: { cooldown: soon, auto-actions: [restart, nap, explode] }
            collector: { poll-interval: 0s }
            """);
    assertThat(errors)
        .extracting(ConfigError::path)
        .containsExactly(
            "store.pool-size",
            "clusters[0].rest",
            "clusters[1].request-timout",
            "jobs[0].parallelism",
            "policy.cooldown",
            "policy.auto-actions[1]",
            "policy.auto-actions[2]",
            "collector.poll-interval");
    assertThat(errors)
        .extracting(ConfigError::kind)
        .containsExactly(
            Kind.BAD_VALUE,
            Kind.WRONG_TYPE,
            Kind.UNKNOWN_KEY,
            Kind.WRONG_TYPE,
            Kind.WRONG_TYPE,
            Kind.BAD_VALUE,
            Kind.BAD_VALUE,
            Kind.BAD_VALUE);
    assertThat(errors).extracting(ConfigError::line).isSorted();
  }

  @Test
  void parse_brokenCluster_doesNotCascadeIntoPlacementErrors() {
    List<ConfigError> errors =
        Yaml.errors(
            """
            clusters:
              - { name: a, rest: 'not a url' }
            jobs:
              - { name: j, artifact: j.jar, placement: { preferred: a } }
            """);
    assertThat(errors).extracting(ConfigError::path).containsExactly("clusters[0].rest");
  }

  @Test
  void parse_placementNotAMapping_reportsOnlyThat() {
    List<ConfigError> errors =
        Yaml.errors(
            """
            clusters: [{ name: a, rest: 'http://x:1' }]
            jobs:
              - { name: j, artifact: j.jar, placement: a }
            """);
    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo("jobs[0].placement");
              assertThat(e.message()).isEqualTo("expected a mapping but was 'a'");
            });
  }
}
