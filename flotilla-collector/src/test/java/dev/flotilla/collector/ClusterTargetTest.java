package dev.flotilla.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterTargetTest {

  @Test
  void resolve_trailingSlash_joinsOnce() {
    assertThat(ClusterTarget.of("a", "http://h:8081/").resolve("/overview"))
        .isEqualTo(URI.create("http://h:8081/overview"));
  }

  @Test
  void new_badValues_clearErrors() {
    assertThatThrownBy(() -> ClusterTarget.of(" ", "http://h"))
        .hasMessageContaining("name must not be blank");
    assertThatThrownBy(() -> ClusterTarget.of("a", "ftp://h"))
        .hasMessageContaining("cluster 'a'")
        .hasMessageContaining("http(s)");
    assertThatThrownBy(
            () ->
                new ClusterTarget("a", URI.create("http://h"), Optional.empty(), Duration.ZERO, 1))
        .hasMessageContaining("requestTimeout");
    assertThatThrownBy(
            () ->
                new ClusterTarget(
                    "a", URI.create("http://h"), Optional.empty(), Duration.ofSeconds(1), 0))
        .hasMessageContaining("maxConcurrentRequests");
  }
}
