package dev.flotilla.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** A managed job's own service-level objectives; empty means "use the fleet-wide SLA rules". */
public record JobSlo(
    Optional<Duration> maxCheckpointAge, OptionalLong maxLag, OptionalInt maxRestartsPerHour) {

  public JobSlo {
    Objects.requireNonNull(maxCheckpointAge, "maxCheckpointAge");
    Objects.requireNonNull(maxLag, "maxLag");
    Objects.requireNonNull(maxRestartsPerHour, "maxRestartsPerHour");
  }

  public static JobSlo none() {
    return new JobSlo(Optional.empty(), OptionalLong.empty(), OptionalInt.empty());
  }
}
