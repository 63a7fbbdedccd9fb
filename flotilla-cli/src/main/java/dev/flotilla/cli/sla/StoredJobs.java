package dev.flotilla.cli.sla;

import dev.flotilla.model.Tier;
import dev.flotilla.sla.JobContext;
import dev.flotilla.store.JobFilter;
import dev.flotilla.store.JobRow;
import dev.flotilla.store.Store;
import java.util.List;

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
}
