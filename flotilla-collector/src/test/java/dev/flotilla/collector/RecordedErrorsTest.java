package dev.flotilla.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.collector.testing.FixtureDirs;
import dev.flotilla.collector.testing.FixtureServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays the recorded error answers (unknown path, unknown job) and checks their typed result. */
class RecordedErrorsTest {

  static Stream<Path> errorDirs() throws IOException {
    try (Stream<Path> versions = Files.list(FixtureDirs.ROOT)) {
      return versions.map(v -> v.resolve("errors")).filter(Files::isDirectory).toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("errorDirs")
  void get_recordedErrors_typedHttp404WithFlinkMessage(Path dir) throws Exception {
    FixtureServer.Router router =
        path -> {
          String file = path.equals("/x") ? "unknown-path.json" : "job-not-found.json";
          try {
            return Optional.of(new FixtureServer.Reply(404, Files.readAllBytes(dir.resolve(file))));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    try (FixtureServer server = FixtureServer.start(router)) {
      FlinkRestClient client = FlinkRestClient.create(Duration.ofSeconds(2));
      ClusterTarget t = ClusterTarget.of("c", server.url());
      for (String path : List.of("/x", "/jobs/00000000000000000000000000000000")) {
        RestResult r = client.get(t, path).join();
        assertThat(r).isInstanceOf(RestResult.HttpError.class);
        assertThat(((RestResult.HttpError) r).status()).isEqualTo(404);
        assertThat(((RestResult.HttpError) r).bodyExcerpt()).startsWith("{\"errors\":[");
        assertThat(r.describe()).doesNotContain("\n").hasSizeLessThan(450);
      }
    }
  }
}
