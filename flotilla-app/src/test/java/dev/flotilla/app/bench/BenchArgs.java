package dev.flotilla.app.bench;

import java.nio.file.Path;
import java.util.Optional;

/** {@link ScaleBenchmark}'s {@code --key=value} arguments. */
record BenchArgs(
    int clusters,
    int jobs,
    int cycles,
    int intervalSeconds,
    int detailEvery,
    int simThreads,
    long seed,
    Optional<Path> dir) {
  BenchArgs {
    if (clusters < 1 || jobs < 1 || cycles < 1 || intervalSeconds < 1 || detailEvery < 1) {
      throw new IllegalArgumentException(
          "clusters, jobs, cycles, interval and detail-every must be positive");
    }
  }

  static BenchArgs parse(String[] args) {
    int clusters = 200, jobs = 500, cycles = 30, interval = 20, detailEvery = 5, simThreads = 4;
    long seed = 1;
    Optional<Path> dir = Optional.empty();
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("expected --key=value but got '" + arg + "'");
      }
      switch (kv[0]) {
        case "clusters" -> clusters = Integer.parseInt(kv[1]);
        case "jobs" -> jobs = Integer.parseInt(kv[1]);
        case "cycles" -> cycles = Integer.parseInt(kv[1]);
        case "interval" -> interval = Integer.parseInt(kv[1]);
        case "detail-every" -> detailEvery = Integer.parseInt(kv[1]);
        case "sim-threads" -> simThreads = Integer.parseInt(kv[1]);
        case "seed" -> seed = Long.parseLong(kv[1]);
        case "dir" -> dir = Optional.of(Path.of(kv[1]));
        default -> throw new IllegalArgumentException("unknown option --" + kv[0]);
      }
    }
    return new BenchArgs(clusters, jobs, cycles, interval, detailEvery, simThreads, seed, dir);
  }
}
