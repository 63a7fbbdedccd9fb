package dev.flotilla.adviser.live;

import dev.flotilla.adviser.fleet.PlatformIncident;
import java.util.List;
import java.util.Map;

/**
 * What one {@link LiveAdviser#observe} cycle gives the app.
 *
 * @param newOrChanged diagnoses that are new or changed since last emitted (store and notify these)
 * @param incidents platform incidents open now (each cycle; ids are stable while one lasts)
 * @param health job key → health, for every job seen in this cycle
 */
public record AdviserCycle(
    List<JobDiagnosis> newOrChanged,
    List<PlatformIncident> incidents,
    Map<String, JobHealth> health) {
  public AdviserCycle {
    newOrChanged = List.copyOf(newOrChanged);
    incidents = List.copyOf(incidents);
    health = Map.copyOf(health);
  }
}
