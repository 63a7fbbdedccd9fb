package dev.flotilla.adviser.fleet;

import java.time.Instant;
import java.util.Locale;

/** Readable, deterministic incident ids: {@code inc-cluster-prod-a-20261124T1903-3f2a1c}. */
final class IncidentIds {
  private IncidentIds() {}

  static String of(IncidentScope scope, String value, String signature, Instant first) {
    String v = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
    String t = first.toString().replaceAll("[-:]", "").substring(0, 13);
    String h = String.format(Locale.ROOT, "%06x", signature.hashCode() & 0xffffff);
    return "inc-" + scope.name().toLowerCase(Locale.ROOT) + "-" + v + "-" + t + "-" + h;
  }
}
