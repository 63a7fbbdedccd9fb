package dev.flotilla.adviser.fleet;

/** What a platform incident spans. */
public enum IncidentScope {
  /** Many jobs of one cluster. */
  CLUSTER,
  /** Many jobs of one Flink version, across clusters. */
  VERSION,
  /** Many jobs of one zone (datacenter), across clusters. */
  ZONE
}
