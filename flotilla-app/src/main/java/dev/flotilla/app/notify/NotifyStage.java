package dev.flotilla.app.notify;

import dev.flotilla.adviser.fleet.PlatformIncident;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.NotificationChannel;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.Tier;
import dev.flotilla.notify.ChannelSettings;
import dev.flotilla.notify.EventKind;
import dev.flotilla.notify.InMemoryNotificationStatePort;
import dev.flotilla.notify.NotificationEvent;
import dev.flotilla.notify.NotificationStatePort;
import dev.flotilla.notify.Notifier;
import dev.flotilla.notify.PayloadFormat;
import dev.flotilla.notify.RateLimit;
import dev.flotilla.notify.Severity;
import dev.flotilla.notify.webhook.WebhookChannel;
import dev.flotilla.operator.policy.Decision;
import dev.flotilla.operator.policy.HealingNotifier;
import dev.flotilla.sla.SlaChanges;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what a cycle found into notification events: one per breach interval opening and one per
 * recovery (grouped per cluster so a cluster-wide outage is one message), and one per platform
 * incident opening and resolution. The {@link Notifier} de-duplicates, groups, rate-limits and
 * retries.
 */
public final class NotifyStage implements AutoCloseable {
  private final Notifier notifier;
  private final Clock clock;
  private final Set<String> openIncidents = new HashSet<>();

  private NotifyStage(Notifier notifier, Clock clock) {
    this.notifier = notifier;
    this.clock = clock;
  }

  /** Empty when the configuration has no channels; what was sent is kept in memory only. */
  public static Optional<NotifyStage> from(FlotillaConfig config, Clock clock) {
    return from(config, clock, new InMemoryNotificationStatePort());
  }

  /**
   * Empty when the configuration has no channels. {@code state} remembers what was sent (the
   * service passes the store's), and the incidents announced as open before a restart are resolved
   * when they are gone.
   */
  public static Optional<NotifyStage> from(
      FlotillaConfig config, Clock clock, NotificationStatePort state) {
    if (config.notifications().isEmpty()) {
      return Optional.empty();
    }
    List<WebhookChannel> channels =
        config.notifications().stream()
            .map(c -> WebhookChannel.create(settings(c), clock))
            .toList();
    NotifyStage stage = new NotifyStage(new Notifier(clock, state, channels), clock);
    state.open(EventKind.INCIDENT_OPENED).forEach(s -> stage.openIncidents.add(s.key()));
    return Optional.of(stage);
  }

  static ChannelSettings settings(NotificationChannel c) {
    ChannelSettings.Builder b =
        ChannelSettings.builder(c.name(), c.url())
            .format(PayloadFormat.valueOf(c.format().toUpperCase(Locale.ROOT)))
            .minSeverity(Severity.parse(c.minSeverity()))
            .groupingWindow(c.groupingWindow())
            .rateLimit(RateLimit.perMinute(c.ratePerMinute()));
    c.secretEnv().ifPresent(v -> b.secret(ChannelSettings.secretFromEnv(v, System.getenv())));
    return b.build();
  }

  /**
   * Where the self-healing loop's recommendations, approvals and pages go: the same channels,
   * de-duplicated and grouped like everything else (sent at the next cycle's tick).
   */
  public HealingNotifier healingNotifier() {
    return new HealingNotifier() {
      @Override
      public void recommend(Decision recommendation) {
        notifier.submit(HealingEvents.recommendation(recommendation, clock.instant()));
      }

      @Override
      public void page(Decision page) {
        notifier.submit(HealingEvents.page(page, clock.instant()));
      }

      @Override
      public void awaitingApproval(Decision decision, String workflowId) {
        notifier.submit(HealingEvents.awaitingApproval(decision, workflowId, clock.instant()));
      }
    };
  }

  /** Submits the cycle's events and sends what is due. */
  public void onCycle(SlaChanges changes, List<PlatformIncident> incidents) {
    for (SliInterval i : changes.opened()) {
      if (i.state().isBreach()) {
        notifier.submit(intervalEvent(EventKind.INTERVAL_OPENED, i));
      }
    }
    for (SliInterval i : changes.closed()) {
      if (i.state().isBreach()) {
        notifier.submit(intervalEvent(EventKind.INTERVAL_CLOSED, i));
      }
    }
    Set<String> now = new HashSet<>();
    for (PlatformIncident inc : incidents) {
      now.add(inc.id());
      if (openIncidents.add(inc.id())) {
        notifier.submit(incidentEvent(EventKind.INCIDENT_OPENED, inc));
      }
    }
    for (String gone : Set.copyOf(openIncidents)) {
      if (!now.contains(gone)) {
        openIncidents.remove(gone);
        notifier.submit(
            new NotificationEvent(
                EventKind.INCIDENT_RESOLVED,
                gone,
                Optional.of(gone),
                gone,
                "",
                Optional.empty(),
                Severity.CRITICAL,
                "Platform incident resolved",
                gone,
                List.of(),
                Map.of(),
                Optional.empty(),
                changes.watermark()));
      }
    }
    notifier.tick();
  }

  private static NotificationEvent intervalEvent(EventKind kind, SliInterval i) {
    String key = i.jobKey() + "@" + i.start();
    String title =
        (kind == EventKind.INTERVAL_OPENED ? "" : "Recovered: ")
            + i.jobKey()
            + " "
            + i.state()
            + " ("
            + i.side()
            + ")";
    return new NotificationEvent(
        kind,
        key,
        Optional.of("cluster:" + i.cluster()),
        i.jobKey(),
        i.cluster(),
        i.tier(),
        severity(i.tier()),
        title,
        String.join(", ", i.reasons()),
        i.evidence(),
        Map.of("state", i.state().name(), "side", i.side().name()),
        Optional.empty(),
        i.end().orElse(i.start()));
  }

  private static NotificationEvent incidentEvent(EventKind kind, PlatformIncident inc) {
    return new NotificationEvent(
        kind,
        inc.id(),
        Optional.of(inc.id()),
        inc.id(),
        inc.scope() + ":" + inc.scopeValue(),
        Optional.empty(),
        Severity.CRITICAL,
        "Platform incident "
            + inc.label()
            + " on "
            + inc.scope()
            + " "
            + inc.scopeValue()
            + " ("
            + inc.affectedJobs().size()
            + " jobs)",
        inc.signature(),
        inc.evidence(),
        Map.of("jobs", String.join(",", inc.affectedJobs())),
        Optional.empty(),
        inc.lastSeen());
  }

  static Severity severity(Optional<Tier> tier) {
    return switch (tier.orElse(Tier.P2)) {
      case P0, P1 -> Severity.CRITICAL;
      case P2 -> Severity.WARNING;
      case P3 -> Severity.INFO;
    };
  }

  @Override
  public void close() {
    notifier.close();
  }
}
