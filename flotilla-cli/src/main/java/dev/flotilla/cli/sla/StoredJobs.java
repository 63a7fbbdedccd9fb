package dev.flotilla.cli.sla;

import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.model.Tier;
import dev.flotilla.sla.JobContext;
import dev.flotilla.sla.report.SloTargets;
import dev.flotilla.store.JobFilter;
import dev.flotilla.store.JobRow;
import dev.flotilla.store.Store;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The jobs the store knows, as the SLA report's job contexts. */
final class StoredJobs {
  private StoredJobs() {}

  static List<JobContext> contexts(Store store) {
    return store.jobs().list(JobFilter.all()).stream().map(StoredJobs::context).toList();
  }

  private static JobContext context(JobRow r) {
    return r.managed()
        ? JobContext.managed(
            r.jobKey(), r.cluster(), r.tier().orElse(Tier.P2), r.owner().orElse(""))
        : JobContext.observed(r.cluster(), r.name(), r.tier(), r.owner());
  }

  static SloTargets targets(FlotillaConfig config) {
    Map<Tier, Double> m = new EnumMap<>(Tier.class);
    for (Tier t : Tier.values()) {
      m.put(t, config.sla().sloTarget(t));
    }
    return new SloTargets(m);
  }
}
