package dev.flotilla.app.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.load.ConfigLoader;
import dev.flotilla.sla.JobContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobContextsTest {
  private static final FlotillaConfig CONFIG =
      ConfigLoader.parse(
              String.join(
                  "\n",
                  "clusters:",
                  "  - { name: east, rest: \"http://127.0.0.1:1\" }",
                  "  - { name: west, rest: \"http://127.0.0.1:2\" }",
                  "jobs:",
                  "  - { name: orders, artifact: a.jar, placement: { preferred: east } }",
                  "  - { name: payments, artifact: p.jar, placement: { preferred: east } }",
                  ""),
              "jobs.yaml")
          .config()
          .orElseThrow();

  @Test
  void jobUnderAUserWorkflow_isPlannedWork_othersCount() {
    List<JobContext> contexts =
        JobContexts.managed(CONFIG, Map.of("payments", "west"), Instant.EPOCH, Set.of("orders"));

    assertThat(contexts)
        .extracting(JobContext::jobKey, JobContext::intentionallyStopped, JobContext::cluster)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("orders", true, "east"),
            org.assertj.core.groups.Tuple.tuple("payments", false, "west"));
  }
}
