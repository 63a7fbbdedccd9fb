package dev.flotilla.sla.report;

import dev.flotilla.model.Tier;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Availability targets per tier, as fractions. Defaults: P0 99.95 %, P1 99.9 %, P2 99.5 %, P3 99.0
 * %. A job without a tier gets the P2 target.
 */
public record SloTargets(Map<Tier, Double> byTier) {
  public SloTargets {
    EnumMap<Tier, Double> m = new EnumMap<>(Tier.class);
    m.putAll(byTier);
    for (Tier t : Tier.values()) {
      Double v = m.get(t);
      if (v == null || !(v > 0 && v < 1)) {
        throw new IllegalArgumentException(
            "SLO target for " + t + " must be in (0, 1) but was " + v);
      }
    }
    byTier = Map.copyOf(m);
  }

  public static SloTargets defaults() {
    return new SloTargets(Map.of(Tier.P0, 0.9995, Tier.P1, 0.999, Tier.P2, 0.995, Tier.P3, 0.99));
  }

  public double target(Optional<Tier> tier) {
    return byTier.get(tier.orElse(Tier.P2));
  }
}
