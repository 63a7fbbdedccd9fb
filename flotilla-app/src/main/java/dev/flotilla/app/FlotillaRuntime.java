package dev.flotilla.app;

import dev.flotilla.adviser.Adviser;
import dev.flotilla.adviser.live.LiveAdviser;
import dev.flotilla.adviser.live.LiveSettings;
import dev.flotilla.app.advise.AdviserSides;
import dev.flotilla.app.advise.AdviserStage;
import dev.flotilla.app.heal.HealingStage;
import dev.flotilla.app.loop.ClusterTargets;
import dev.flotilla.app.loop.ControlLoop;
import dev.flotilla.app.loop.CycleReport;
import dev.flotilla.app.metrics.FlotillaMetrics;
import dev.flotilla.app.notify.NotifyStage;
import dev.flotilla.app.notify.StoreNotificationState;
import dev.flotilla.app.persist.StoreSlaState;
import dev.flotilla.collector.ClusterCollector;
import dev.flotilla.collector.DetailPolicy;
import dev.flotilla.collector.FleetCollector;
import dev.flotilla.collector.FlinkRestClient;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.operator.policy.HealingNotifier;
import dev.flotilla.sla.SlaEngine;
import dev.flotilla.sla.SliClassifier;
import dev.flotilla.sla.rules.AbnormalRule;
import dev.flotilla.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The one static wiring of Flotilla's parts, used by {@code main} and by tests. Owns the store
 * connections it opens and closes them.
 */
public final class FlotillaRuntime implements AutoCloseable {
  private final FlotillaConfig config;
  private final Store store;
  private final FlotillaMetrics metrics;
  private final ControlLoop loop;
  private final Clock clock;
  private final AutoCloseable healing;

  private FlotillaRuntime(
      FlotillaConfig config,
      Store store,
      FlotillaMetrics metrics,
      ControlLoop loop,
      Clock clock,
      AutoCloseable healing) {
    this.config = config;
    this.store = store;
    this.metrics = metrics;
    this.loop = loop;
    this.clock = clock;
    this.healing = healing;
  }

  /** Opens the store (running migrations) and wires the loop. */
  public static FlotillaRuntime start(FlotillaConfig config, Clock clock) {
    Objects.requireNonNull(config);
    Store store =
        Store.open(
            config.store().url(),
            config.store().user(),
            config.store().password(),
            config.store().poolSize());
    try {
      FlinkRestClient rest = FlinkRestClient.create(Duration.ofSeconds(3));
      FlotillaMetrics metrics = new FlotillaMetrics();
      ClusterCollector clusterCollector =
          new ClusterCollector(
              rest, clock, DetailPolicy.roundRobin(config.collector().detailEvery()), 1);
      FleetCollector fleet =
          new FleetCollector(clusterCollector, config.collector().cycleDeadline());
      Optional<NotifyStage> notify =
          NotifyStage.from(config, clock, new StoreNotificationState(store.notifications()));
      HealingStage healing =
          HealingStage.create(
              config,
              store,
              clock,
              notify.map(NotifyStage::healingNotifier).orElse(HealingNotifier.none()));
      LiveAdviser liveAdviser = new LiveAdviser(Adviser.builtIn(), LiveSettings.defaults(), clock);
      AdviserSides sides = new AdviserSides(liveAdviser);
      SlaEngine sla =
          new SlaEngine(
              clock,
              new StoreSlaState(store.sli()),
              new SliClassifier(AbnormalRule.defaults(), sides));
      ControlLoop loop =
          new ControlLoop(
              config,
              ClusterTargets.from(config),
              fleet,
              sla,
              store,
              metrics,
              new AdviserStage(liveAdviser, sides, store),
              notify,
              healing,
              clock);
      return new FlotillaRuntime(config, store, metrics, loop, clock, healing);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  public CycleReport runCycle() {
    return loop.runCycle();
  }

  public FlotillaConfig config() {
    return config;
  }

  public Clock clock() {
    return clock;
  }

  public Store store() {
    return store;
  }

  public FlotillaMetrics metrics() {
    return metrics;
  }

  @Override
  public void close() {
    try {
      healing.close();
    } catch (Exception e) {
      // stopping the operator thread must not keep the store open
    }
    store.close();
  }
}
