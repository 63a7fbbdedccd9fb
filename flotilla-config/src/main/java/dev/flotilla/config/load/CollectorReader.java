package dev.flotilla.config.load;

import dev.flotilla.config.CollectorSettings;
import dev.flotilla.config.ConfigError.Kind;
import dev.flotilla.config.option.CollectorOptions;
import dev.flotilla.config.option.Durations;
import java.time.Duration;
import java.util.Optional;

/** Reads the {@code collector} section. */
final class CollectorReader {
  private CollectorReader() {}

  static Optional<CollectorSettings> read(Section s, Problems problems) {
    Duration poll = s.get(CollectorOptions.POLL_INTERVAL);
    int detailEvery = s.get(CollectorOptions.DETAIL_EVERY);
    Duration deadline = s.get(CollectorOptions.CYCLE_DEADLINE);
    if (deadline.compareTo(poll) > 0) {
      problems.at(
          s.nodeOrSelf(CollectorOptions.CYCLE_DEADLINE.key()),
          s.pathOf(CollectorOptions.CYCLE_DEADLINE.key()),
          Kind.BAD_VALUE,
          "must not exceed poll-interval (" + Durations.format(poll) + ")");
      return Optional.empty();
    }
    return problems.build(
        s.node(), s.path(), () -> new CollectorSettings(poll, detailEvery, deadline));
  }
}
