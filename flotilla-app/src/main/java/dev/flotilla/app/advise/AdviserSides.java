package dev.flotilla.app.advise;

import dev.flotilla.adviser.live.JobDiagnosis;
import dev.flotilla.adviser.live.LiveAdviser;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.Side;
import dev.flotilla.model.SliState;
import dev.flotilla.sla.ExceptionTextSideAttributor;
import dev.flotilla.sla.SideAttributor;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SLA engine's side attribution refined by the adviser: a breach minute gets the side of the
 * job's current diagnosis (which fleet correlation turns to PLATFORM when many jobs fail alike),
 * else the engine's exception-text guess. Uses the previous cycle's diagnoses: the adviser runs
 * after the SLA engine in each cycle.
 */
public final class AdviserSides implements SideAttributor {
  private final LiveAdviser adviser;
  private final SideAttributor fallback = new ExceptionTextSideAttributor();
  private final Map<String, String> jobKeyByClusterAndName = new ConcurrentHashMap<>();

  public AdviserSides(LiveAdviser adviser) {
    this.adviser = Objects.requireNonNull(adviser);
  }

  /** The managed jobs' keys by "cluster/flinkJobName", refreshed every cycle. */
  public void updateKeys(Map<String, String> keys) {
    jobKeyByClusterAndName.clear();
    jobKeyByClusterAndName.putAll(keys);
  }

  @Override
  public Side attribute(JobObservation o, SliState state, Set<String> reasons) {
    String clusterAndName = o.cluster() + "/" + o.name();
    String jobKey = jobKeyByClusterAndName.getOrDefault(clusterAndName, clusterAndName);
    return adviser.current(jobKey).stream()
        .map(JobDiagnosis::side)
        .filter(s -> s != Side.UNKNOWN)
        .findFirst()
        .orElseGet(() -> fallback.attribute(o, state, reasons));
  }
}
