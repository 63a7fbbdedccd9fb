package dev.flotilla.app.loop;

import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.model.Tier;
import dev.flotilla.sla.report.SloTargets;
import java.util.EnumMap;
import java.util.Map;

/** The per-tier availability targets of the sla section, for reports. */
public final class SloTargetsFromConfig {
  private SloTargetsFromConfig() {}

  public static SloTargets of(FlotillaConfig config) {
    Map<Tier, Double> m = new EnumMap<>(Tier.class);
    for (Tier t : Tier.values()) {
      m.put(t, config.sla().sloTarget(t) / 100.0); // config: percent; report: fraction
    }
    return new SloTargets(m);
  }
}
