package dev.flotilla.adviser.rules;

import java.util.Objects;

/** The owner of the failing code and the evidence line that says so. */
public record FaultLocation(FaultOwner owner, String evidence) {
  public FaultLocation {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(evidence, "evidence");
  }

  public static FaultLocation unknown() {
    return new FaultLocation(FaultOwner.UNKNOWN, "");
  }

  public boolean isKnown() {
    return owner != FaultOwner.UNKNOWN;
  }
}
