package dev.flotilla.cli.fleet;

import dev.flotilla.app.loop.ClusterTargets;
import dev.flotilla.collector.ClusterCollector;
import dev.flotilla.collector.DetailPolicy;
import dev.flotilla.collector.FleetCollector;
import dev.flotilla.collector.FlinkRestClient;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.model.ClusterSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One live, read-only poll of every configured cluster, for the inspection commands. */
public final class LivePoll {
  private LivePoll() {}

  public static List<ClusterSnapshot> poll(FlotillaConfig config, DetailPolicy details) {
    FlinkRestClient rest = FlinkRestClient.create(Duration.ofSeconds(3));
    ClusterCollector collector = new ClusterCollector(rest, Clock.systemUTC(), details, 1);
    FleetCollector fleet = new FleetCollector(collector, config.collector().cycleDeadline());
    return fleet.pollAll(ClusterTargets.from(config), Map.of());
  }
}
