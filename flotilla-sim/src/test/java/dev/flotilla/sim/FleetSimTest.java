package dev.flotilla.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flotilla.model.SettableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetSimTest {
  @Test
  void start_servesClustersAndWritesTruth(@TempDir Path dir) throws Exception {
    Instant t0 = Instant.parse("2026-03-02T00:00:00Z");
    SettableClock wall = new SettableClock(t0);
    SimOptions o =
        new SimOptions(
            3,
            4,
            5,
            0,
            60.0,
            Duration.ofMinutes(90),
            Optional.of(t0),
            Optional.of(dir.resolve("truth.csv")),
            Optional.of(dir.resolve("truth.jsonl")),
            2);
    try (FleetSim sim = FleetSim.start(o, wall)) {
      wall.advance(Duration.ofSeconds(2)); // 2 real seconds = 2 simulated minutes
      assertThat(sim.clock().instant()).isEqualTo(t0.plusSeconds(120));
      String url = sim.server().baseUrl("c002") + "/jobs/overview";
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).startsWith("{\"jobs\":[{\"jid\":");
    }
    assertThat(Files.readAllLines(dir.resolve("truth.csv"))).hasSize(1 + 12 * 90);
    assertThat(Files.readAllLines(dir.resolve("truth.jsonl"))).hasSize(12 * 90);
  }

  @Test
  void options_badValues_rejectedWithTheName() {
    assertThatThrownBy(
            () ->
                new SimOptions(
                    0,
                    1,
                    1,
                    0,
                    1,
                    Duration.ofHours(1),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    1))
        .hasMessageContaining("clusters");
    assertThatThrownBy(
            () ->
                new SimOptions(
                    1,
                    1,
                    1,
                    70_000,
                    1,
                    Duration.ofHours(1),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    1))
        .hasMessageContaining("port");
  }
}
