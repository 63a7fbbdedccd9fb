package dev.flotilla.store;

import java.util.List;
import java.util.Optional;

/** Where the collector keeps each cluster's latest status. */
public interface ClusterStateStore {

  /** Inserts or replaces the row for {@code row.name()}. */
  void upsert(ClusterRow row);

  Optional<ClusterRow> get(String name);

  /** All clusters, ordered by name. */
  List<ClusterRow> list();
}
