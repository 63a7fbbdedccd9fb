package dev.flotilla.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.load.ConfigLoader;
import dev.flotilla.model.SettableClock;
import dev.flotilla.model.Side;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import dev.flotilla.sla.SlaChanges;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SLA interval changes reach a real webhook receiver as grouped, de-duplicated messages. */
class NotifyStageTest {
  private HttpServer receiver;
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-24T10:00:30Z"));

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        ex -> {
          bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          ex.sendResponseHeaders(200, -1);
          ex.close();
        });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  @Test
  void clusterWideOutage_isOneOpenedAndOneResolvedMessage() throws Exception {
    FlotillaConfig config = oncallConfig();
    Instant start = Instant.parse("2026-11-24T10:00:00Z");
    List<SliInterval> opened =
        IntStream.range(0, 50)
            .mapToObj(i -> interval("job-" + i, start, Optional.empty()))
            .toList();
    try (NotifyStage stage = NotifyStage.from(config, clock).orElseThrow()) {
      stage.onCycle(new SlaChanges(opened, List.of(), start.plusSeconds(60)), List.of());
      stage.onCycle(
          new SlaChanges(opened, List.of(), start.plusSeconds(60)), List.of()); // same again
      clock.advance(Duration.ofSeconds(31));
      stage.onCycle(new SlaChanges(List.of(), List.of(), start.plusSeconds(120)), List.of());
      awaitMessages(1);
      assertThat(bodies).hasSize(1);
      assertThat(bodies.get(0)).contains("job-0", "job-49", "RUNNING_ABNORMAL");

      List<SliInterval> closed = new ArrayList<>();
      opened.forEach(i -> closed.add(i.closedAt(start.plusSeconds(300))));
      stage.onCycle(new SlaChanges(List.of(), closed, start.plusSeconds(360)), List.of());
      clock.advance(Duration.ofSeconds(31));
      stage.onCycle(new SlaChanges(List.of(), List.of(), start.plusSeconds(420)), List.of());
      awaitMessages(2);
      assertThat(bodies).hasSize(2);
      assertThat(bodies.get(1)).contains("job-0", "job-49");
    }
  }

  @Test
  void noChannels_meansNoStage() {
    FlotillaConfig config =
        ConfigLoader.parse(
                "clusters:\n  - name: east\n    rest: \"http://localhost:1\"\n", "f", Map.of())
            .orElseThrow();
    assertThat(NotifyStage.from(config, clock)).isEmpty();
  }

  @Test
  void healingRecommendation_reachesTheChannelOnce_evenWhenDecidedAgain() throws Exception {
    FlotillaConfig config = oncallConfig();
    var recommend =
        new dev.flotilla.operator.policy.Decision(
            dev.flotilla.operator.policy.Decision.Kind.RECOMMEND,
            "buggy",
            Optional.of("USER_CODE_EXCEPTION"),
            Optional.empty(),
            Optional.empty(),
            List.of("FIX_USER_CODE"),
            Optional.empty(),
            "USER_CODE_EXCEPTION (confidence 0.75, side USER): needs a human: [FIX_USER_CODE]",
            List.of("java.lang.RuntimeException: Injected failure: record 1500 on subtask 0"));
    Instant start = Instant.parse("2026-11-24T10:00:00Z");
    try (NotifyStage stage = NotifyStage.from(config, clock).orElseThrow()) {
      stage.healingNotifier().recommend(recommend);
      stage.healingNotifier().recommend(recommend); // the same diagnosis decided again
      clock.advance(Duration.ofSeconds(31));
      stage.onCycle(new SlaChanges(List.of(), List.of(), start.plusSeconds(60)), List.of());
      awaitMessages(1);
      Thread.sleep(500);
      assertThat(bodies).hasSize(1);
      assertThat(bodies.get(0)).contains("buggy", "FIX_USER_CODE", "Injected failure");
    }
  }

  @Test
  void restartOfFlotilla_storeRemembersWhatWasSent_noDuplicateOpen_oneResolveEach(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    FlotillaConfig config = oncallConfig();
    Instant start = Instant.parse("2026-11-24T10:00:00Z");
    SliInterval open = interval("orders", start, Optional.empty());
    var incident =
        new dev.flotilla.adviser.fleet.PlatformIncident(
            "inc-east-tm",
            dev.flotilla.adviser.fleet.IncidentScope.CLUSTER,
            "east",
            "TASKMANAGER_LOST_OR_NETWORK: TaskManager lost",
            dev.flotilla.adviser.Label.TASKMANAGER_LOST_OR_NETWORK,
            Side.PLATFORM,
            new java.util.TreeSet<>(Set.of("east/a", "east/b", "east/c")),
            start,
            start,
            List.of("3 jobs lost a TaskManager"));
    String db = "jdbc:sqlite:" + dir.resolve("n.db");
    try (var store = dev.flotilla.store.Store.open(db, Optional.empty(), Optional.empty(), 1);
        NotifyStage first =
            NotifyStage.from(config, clock, new StoreNotificationState(store.notifications()))
                .orElseThrow()) {
      first.onCycle(
          new SlaChanges(List.of(open), List.of(), start.plusSeconds(60)), List.of(incident));
      clock.advance(Duration.ofSeconds(31));
      first.onCycle(new SlaChanges(List.of(), List.of(), start.plusSeconds(60)), List.of(incident));
      awaitMessages(1);
      Thread.sleep(500);
    }
    int beforeRestart = bodies.size();
    assertThat(String.join("\n", bodies)).contains("orders", "inc-east-tm");

    clock.advance(Duration.ofMinutes(2));
    try (var store = dev.flotilla.store.Store.open(db, Optional.empty(), Optional.empty(), 1);
        NotifyStage second =
            NotifyStage.from(config, clock, new StoreNotificationState(store.notifications()))
                .orElseThrow()) {
      // after the restart the loop sees the same open interval again; the incident is over
      second.onCycle(new SlaChanges(List.of(open), List.of(), start.plusSeconds(180)), List.of());
      clock.advance(Duration.ofSeconds(31));
      SliInterval closed = interval("orders", start, Optional.of(start.plusSeconds(240)));
      second.onCycle(new SlaChanges(List.of(), List.of(closed), start.plusSeconds(240)), List.of());
      clock.advance(Duration.ofSeconds(31));
      second.onCycle(new SlaChanges(List.of(), List.of(), start.plusSeconds(300)), List.of());
      awaitMessages(beforeRestart + 1);
      Thread.sleep(800);
    }
    List<String> titles = new ArrayList<>();
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    for (String body : bodies.subList(beforeRestart, bodies.size())) {
      itemTitles(mapper.readTree(body), titles);
    }
    assertThat(titles)
        .as("no second open after the restart")
        .noneMatch(t -> t.startsWith("orders"));
    assertThat(titles).filteredOn(t -> t.startsWith("Recovered: orders")).hasSize(1);
    assertThat(titles).filteredOn(t -> t.startsWith("Platform incident resolved")).hasSize(1);
  }

  /** The title of every item of a generic payload, digests' sections included. */
  private static void itemTitles(com.fasterxml.jackson.databind.JsonNode m, List<String> out) {
    m.path("items").forEach(i -> out.add(i.path("title").asText()));
    m.path("sections").forEach(s -> itemTitles(s, out));
  }

  /** One channel "oncall" posting to the test's receiver, every severity. */
  private FlotillaConfig oncallConfig() {
    return ConfigLoader.parse(
            "clusters:\n  - name: east\n    rest: \"http://localhost:1\"\n"
                + "notifications:\n  channels:\n    - name: oncall\n"
                + "      url: \"http://127.0.0.1:"
                + receiver.getAddress().getPort()
                + "/hook\"\n"
                + "      min-severity: info\n",
            "flotilla.yaml",
            Map.of())
        .orElseThrow();
  }

  private void awaitMessages(int n) throws InterruptedException {
    for (int i = 0; i < 100 && bodies.size() < n; i++) {
      Thread.sleep(50);
    }
  }

  private static SliInterval interval(String job, Instant start, Optional<Instant> end) {
    return new SliInterval(
        job,
        "east",
        Optional.of(Tier.P1),
        Optional.of("team"),
        SliState.RUNNING_ABNORMAL,
        start,
        end,
        Set.of("RESTART_RATE"),
        Side.USER,
        List.of("numRestarts 3 -> 9 in 10 min"));
  }
}
