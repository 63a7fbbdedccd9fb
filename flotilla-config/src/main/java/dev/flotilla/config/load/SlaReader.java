package dev.flotilla.config.load;

import dev.flotilla.config.ConfigError.Kind;
import dev.flotilla.config.MaintenanceWindow;
import dev.flotilla.config.SlaSettings;
import dev.flotilla.config.option.SlaOptions;
import dev.flotilla.model.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code sla} section and its maintenance windows. */
final class SlaReader {
  private SlaReader() {}

  static Optional<SlaSettings> read(
      Section s, Optional<? extends Collection<String>> clusters, Problems problems) {
    Map<Tier, Double> targets = new EnumMap<>(Tier.class);
    targets.put(Tier.P0, s.get(SlaOptions.SLO_P0));
    targets.put(Tier.P1, s.get(SlaOptions.SLO_P1));
    targets.put(Tier.P2, s.get(SlaOptions.SLO_P2));
    targets.put(Tier.P3, s.get(SlaOptions.SLO_P3));
    List<MaintenanceWindow> windows = new ArrayList<>();
    for (Section w : s.elements("maintenance-windows", SlaOptions.WINDOW_GROUP)) {
      window(w, clusters, problems).ifPresent(windows::add);
    }
    return problems.build(
        s.node(),
        s.path(),
        () ->
            new SlaSettings(
                s.get(SlaOptions.SCHEDULING_GRACE),
                s.get(SlaOptions.CHECKPOINT_AGE_FACTOR),
                s.get(SlaOptions.MAX_CHECKPOINT_AGE),
                s.get(SlaOptions.RESTARTS_ABNORMAL_PER_10M),
                s.get(SlaOptions.BACKPRESSURE_ABNORMAL_MINUTES),
                targets,
                windows));
  }

  private static Optional<MaintenanceWindow> window(
      Section w, Optional<? extends Collection<String>> clusters, Problems problems) {
    Optional<String> job = w.find(SlaOptions.WINDOW_JOB);
    Optional<String> cluster = w.find(SlaOptions.WINDOW_CLUSTER);
    Optional<Instant> from = w.find(SlaOptions.WINDOW_FROM);
    Optional<Instant> to = w.find(SlaOptions.WINDOW_TO);
    clusters.ifPresent(
        known -> References.requireDefinedClusters(w, SlaOptions.WINDOW_CLUSTER, known, problems));
    boolean valid = from.isPresent() && to.isPresent();
    if (job.isPresent() == cluster.isPresent()) {
      problems.at(
          w.node(),
          w.path(),
          Kind.BAD_VALUE,
          "a maintenance window names exactly one of 'job' or 'cluster'");
      valid = false;
    }
    if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
      problems.at(
          w.nodeOrSelf(SlaOptions.WINDOW_TO.key()),
          w.pathOf(SlaOptions.WINDOW_TO.key()),
          Kind.BAD_VALUE,
          "must be after 'from' (" + from.get() + ") but was " + to.get());
      valid = false;
    }
    if (!valid) {
      return Optional.empty();
    }
    return problems.build(
        w.node(), w.path(), () -> new MaintenanceWindow(job, cluster, from.get(), to.get()));
  }
}
