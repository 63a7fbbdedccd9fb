package dev.flotilla.sim.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flotilla.model.SettableClock;
import dev.flotilla.sim.SimScenario;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimServerTest {
  static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  static final String LOOP = "1111aaaa1111aaaa1111aaaa1111aaaa";
  static final String SLOW = "3333cccc3333cccc3333cccc3333cccc";

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final SettableClock clock = new SettableClock(T0.plusSeconds(12 * 60 + 30));
  private SimServer server;

  @BeforeEach
  void start() {
    SimScenario sc = dev.flotilla.sim.TestScenarios.small();
    server = SimServer.start(sc, clock, 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String cluster, String path) throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(server.baseUrl(cluster) + path))
            .timeout(Duration.ofSeconds(3))
            .build();
    return http.send(req, HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode getJson(String cluster, String path) throws Exception {
    HttpResponse<String> r = get(cluster, path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return json.readTree(r.body());
  }

  @Test
  void jobsOverview_listsJobsWithFlinkFields() throws Exception {
    JsonNode jobs = getJson("old", "/jobs/overview").get("jobs");
    assertThat(jobs).hasSize(2);
    JsonNode loop = jobs.get(0);
    assertThat(loop.get("jid").asText()).isEqualTo(LOOP);
    assertThat(loop.get("state").asText()).isEqualTo("RESTARTING");
    assertThat(loop.get("tasks").get("total").asInt()).isEqualTo(4);
    assertThat(loop.has("jobType")).isFalse(); // 1.20 has no jobType
    JsonNode slow = getJson("new", "/jobs/overview").get("jobs").get(0);
    assertThat(slow.get("jobType").asText()).isEqualTo("STREAMING");
    assertThat(slow.get("state").asText()).isEqualTo("RUNNING");
  }

  @Test
  void exceptions_shapeDependsOnVersion() throws Exception {
    JsonNode old = getJson("old", "/jobs/" + LOOP + "/exceptions");
    assertThat(old.has("root-exception")).isTrue();
    assertThat(old.get("all-exceptions")).hasSize(15);
    JsonNode entries = old.get("exceptionHistory").get("entries");
    assertThat(entries.get(0).get("stacktrace").asText())
        .startsWith("java.lang.RuntimeException: Injected failure");
    assertThat(entries.get(0).get("timestamp").asLong())
        .isEqualTo(T0.plusSeconds(12 * 60 + 22).toEpochMilli());
    JsonNode fresh = getJson("new", "/jobs/" + SLOW + "/exceptions");
    assertThat(fresh.fieldNames()).toIterable().containsExactly("exceptionHistory");
  }

  @Test
  void metricsAndCheckpoints_reflectTheModel() throws Exception {
    JsonNode m = getJson("old", "/jobs/" + LOOP + "/metrics?get=numRestarts,uptime,bogus");
    assertThat(m).hasSize(2);
    assertThat(m.get(0).get("id").asText()).isEqualTo("numRestarts");
    assertThat(m.get(0).get("value").asText()).isEqualTo("15");
    JsonNode c = getJson("new", "/jobs/" + SLOW + "/checkpoints");
    assertThat(c.get("latest").get("completed").get("latest_ack_timestamp").asLong())
        .isEqualTo(T0.plusSeconds(9 * 60 + 20).toEpochMilli());
    JsonNode job = getJson("new", "/jobs/" + SLOW);
    String vid = job.get("vertices").get(0).get("id").asText();
    assertThat(
            getJson("new", "/jobs/" + SLOW + "/vertices/" + vid + "/backpressure")
                .get("backpressureLevel")
                .asText())
        .isEqualTo("ok");
    assertThat(
            getJson(
                "new",
                "/jobs/"
                    + SLOW
                    + "/vertices/"
                    + vid
                    + "/subtasks/metrics?get=busyTimeMsPerSecond,numRecordsOut"))
        .hasSize(2);
    String tm = getJson("new", "/taskmanagers").get("taskmanagers").get(0).get("id").asText();
    assertThat(
            getJson("new", "/taskmanagers/" + tm + "/metrics?get=Status.JVM.Memory.Heap.Max")
                .get(0)
                .get("value")
                .asText())
        .isEqualTo("536870912");
    assertThat(getJson("new", "/overview").get("flink-version").asText()).isEqualTo("2.3.0");
    assertThat(getJson("old", "/config").get("flink-version").asText()).isEqualTo("1.20.3");
  }

  @Test
  void unknownJobOrPath_404WithErrors() throws Exception {
    HttpResponse<String> r = get("old", "/jobs/00000000000000000000000000000000");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json.readTree(r.body()).get("errors").get(0).asText()).contains("not found");
    assertThat(get("old", "/x").statusCode()).isEqualTo(404);
  }

  @Test
  void outage_dropsTheConnection() throws Exception {
    clock.set(T0.plusSeconds(65 * 60));
    assertThatThrownBy(() -> get("new", "/overview")).isInstanceOf(IOException.class);
    assertThat(get("old", "/overview").statusCode()).isEqualTo(200);
  }

  @Test
  void shapes_matchRecordedFlinkFixtures() throws Exception {
    java.nio.file.Path fixtures =
        java.nio.file.Path.of("../flotilla-collector/src/test/resources/fixtures");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(fixtures));
    String[][] pairs = {
      {"overview.json", "/overview"}, {"config.json", "/config"},
      {"jobs-overview.json", "/jobs/overview"}, {"job.json", "/jobs/%s"},
      {"job-checkpoints.json", "/jobs/%s/checkpoints"}, {"taskmanagers.json", "/taskmanagers"},
      {"job-exceptions.json", "/jobs/%s/exceptions"}
    };
    List<String> missing = new ArrayList<>();
    String loop2 = "4444dddd4444dddd4444dddd4444dddd";
    String[][] cases = {
      {"1.20.3", "old", LOOP, "healthy", "25"},
      {"2.3.0", "new", SLOW, "healthy", "25"},
      {"1.20.3", "old", LOOP, "exception-loop", "12"},
      {"2.3.0", "new", loop2, "exception-loop", "12"}
    };
    for (String[] v : cases) {
      clock.set(T0.plusSeconds(Integer.parseInt(v[4]) * 60L + 30));
      for (String[] p : pairs) {
        java.nio.file.Path f = fixtures.resolve(v[0]).resolve(v[3]).resolve(p[0]);
        if (!java.nio.file.Files.exists(f)) {
          continue;
        }
        JsonNode real = json.readTree(f.toFile());
        JsonNode ours = getJson(v[1], String.format(p[1], v[2]));
        compareKeys(v[0] + " " + p[0], real, ours, missing);
      }
    }
    assertThat(missing).isEmpty();
  }

  /** Every field name real Flink sends (first element of arrays) is present in ours. */
  private static void compareKeys(String where, JsonNode real, JsonNode ours, List<String> out) {
    if (real.isObject()) {
      for (Iterator<String> it = real.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!ours.has(k)) {
          out.add(where + ": missing " + k);
        } else if (!real.get(k).isNull() && !ours.get(k).isNull()) {
          compareKeys(where + "." + k, real.get(k), ours.get(k), out);
        }
      }
    } else if (real.isArray() && real.size() > 0 && ours.isArray() && ours.size() > 0) {
      compareKeys(where + "[0]", real.get(0), ours.get(0), out);
    }
  }
}
