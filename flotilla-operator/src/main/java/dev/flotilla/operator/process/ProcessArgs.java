package dev.flotilla.operator.process;

import dev.flotilla.operator.flink.FlinkEndpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Command-line options of {@link OperatorProcessMain}. */
record ProcessArgs(
    String store,
    List<FlinkEndpoint> clusters,
    Optional<Path> start,
    long resumeWaitMs,
    long leaseMs,
    String owner,
    long pauseAfterIntentMs,
    long pauseAfterActionMs) {

  static ProcessArgs parse(String[] argv) {
    String store = null;
    List<FlinkEndpoint> clusters = new ArrayList<>();
    Optional<Path> start = Optional.empty();
    long resumeWait = 0;
    long lease = 30_000;
    String owner =
        "process-"
            + ProcessHandle.current().pid()
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    long pauseIntent = 0;
    long pauseAction = 0;
    for (int i = 0; i < argv.length; i++) {
      String flag = argv[i];
      if (i + 1 >= argv.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      String value = argv[++i];
      switch (flag) {
        case "--store" -> store = value;
        case "--clusters" -> {
          for (String spec : value.split(",")) {
            clusters.add(FlinkEndpoint.parse(spec.trim()));
          }
        }
        case "--start" -> start = Optional.of(Path.of(value));
        case "--resume-wait-ms" -> resumeWait = number(flag, value);
        case "--lease-ms" -> lease = number(flag, value);
        case "--owner" -> owner = value;
        case "--pause-after-intent-ms" -> pauseIntent = number(flag, value);
        case "--pause-after-action-ms" -> pauseAction = number(flag, value);
        default -> throw new IllegalArgumentException("unknown option " + flag);
      }
    }
    if (store == null) {
      throw new IllegalArgumentException("--store <jdbc-url> is required");
    }
    if (clusters.isEmpty()) {
      throw new IllegalArgumentException("--clusters name=url[|checkpointDir],... is required");
    }
    if (start.isEmpty() && resumeWait <= 0) {
      throw new IllegalArgumentException("give --start <request.json> and/or --resume-wait-ms N");
    }
    return new ProcessArgs(
        store, List.copyOf(clusters), start, resumeWait, lease, owner, pauseIntent, pauseAction);
  }

  private static long number(String flag, String value) {
    try {
      long n = Long.parseLong(value);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a number >= 0 but got '" + value + "'");
    }
  }
}
