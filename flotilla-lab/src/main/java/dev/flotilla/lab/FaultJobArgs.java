package dev.flotilla.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Program arguments of the fault-injection job ({@code dev.flotilla.faultjob.FaultJob}). */
public record FaultJobArgs(
    String fault,
    String name,
    double faultAfterSeconds,
    double rate,
    int keys,
    long every,
    double skewFraction,
    long sleepMs,
    long snapshotSleepMs,
    double spikeFactor,
    int hogMb,
    Map<String, String> conf) {
  public static final Set<String> FAULTS =
      Set.of(
          "healthy",
          "exception-loop",
          "heap-oom",
          "slow",
          "skew",
          "checkpoint-timeout",
          "missing-class",
          "rate-spike");

  public FaultJobArgs {
    if (!FAULTS.contains(fault)) {
      throw new IllegalArgumentException("fault '" + fault + "' is not one of " + FAULTS);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("job name must not be blank");
    }
    if (rate <= 0 || keys < 1 || every < 1 || skewFraction < 0 || skewFraction > 1 || hogMb < 0) {
      throw new IllegalArgumentException(
          "job "
              + name
              + ": need rate > 0, keys >= 1, every >= 1, 0 <= skewFraction <= 1, hogMb >= 0");
    }
    conf = Map.copyOf(conf);
  }

  public static FaultJobArgs of(String fault, String name) {
    return new FaultJobArgs(fault, name, 0, 1000, 16, 3000, 0.9, 1, 5000, 5, 0, Map.of());
  }

  public static FaultJobArgs healthy(String name) {
    return of("healthy", name);
  }

  public FaultJobArgs withRate(double r) {
    return edit(b -> b.rate = r);
  }

  public FaultJobArgs withFaultAfterSeconds(double t) {
    return edit(b -> b.faultAfterSeconds = t);
  }

  public FaultJobArgs withKeys(int k) {
    return edit(b -> b.keys = k);
  }

  public FaultJobArgs withEvery(long n) {
    return edit(b -> b.every = n);
  }

  public FaultJobArgs withSkewFraction(double f) {
    return edit(b -> b.skewFraction = f);
  }

  public FaultJobArgs withSleepMs(long ms) {
    return edit(b -> b.sleepMs = ms);
  }

  public FaultJobArgs withSnapshotSleepMs(long ms) {
    return edit(b -> b.snapshotSleepMs = ms);
  }

  public FaultJobArgs withSpikeFactor(double k) {
    return edit(b -> b.spikeFactor = k);
  }

  /**
   * heap-oom: stop growing once this much heap is held (0: grow until OOM). A job that needs this
   * much heap fails on a small TaskManager and runs on a large one.
   */
  public FaultJobArgs withHogMb(int mb) {
    return edit(b -> b.hogMb = mb);
  }

  /** Adds a Flink key passed as {@code --conf.<key> <value>} into the job's configuration. */
  public FaultJobArgs withConf(String key, String value) {
    Map<String, String> merged = new LinkedHashMap<>(conf);
    merged.put(key, value);
    return edit(b -> b.conf = merged);
  }

  /** The program argument list for {@code programArgsList}. */
  public List<String> toList() {
    List<String> args = new ArrayList<>();
    add(args, "fault", fault);
    add(args, "name", name);
    add(args, "fault-after-seconds", number(faultAfterSeconds));
    add(args, "rate", number(rate));
    add(args, "keys", Integer.toString(keys));
    add(args, "every", Long.toString(every));
    add(args, "skew-fraction", number(skewFraction));
    add(args, "sleep-ms", Long.toString(sleepMs));
    add(args, "snapshot-sleep-ms", Long.toString(snapshotSleepMs));
    add(args, "spike-factor", number(spikeFactor));
    if (hogMb > 0) {
      add(args, "hog-mb", Integer.toString(hogMb));
    }
    new java.util.TreeMap<>(conf).forEach((k, v) -> add(args, "conf." + k, v));
    return List.copyOf(args);
  }

  private FaultJobArgs edit(java.util.function.Consumer<Builder> change) {
    Builder b = new Builder(this);
    change.accept(b);
    return b.build();
  }

  /** Mutable copy used by the {@code with...} methods. */
  private static final class Builder {
    final String fault;
    final String name;
    double faultAfterSeconds;
    double rate;
    int keys;
    long every;
    double skewFraction;
    long sleepMs;
    long snapshotSleepMs;
    double spikeFactor;
    int hogMb;
    Map<String, String> conf;

    Builder(FaultJobArgs a) {
      fault = a.fault;
      name = a.name;
      faultAfterSeconds = a.faultAfterSeconds;
      rate = a.rate;
      keys = a.keys;
      every = a.every;
      skewFraction = a.skewFraction;
      sleepMs = a.sleepMs;
      snapshotSleepMs = a.snapshotSleepMs;
      spikeFactor = a.spikeFactor;
      hogMb = a.hogMb;
      conf = a.conf;
    }

    FaultJobArgs build() {
      return new FaultJobArgs(
          fault,
          name,
          faultAfterSeconds,
          rate,
          keys,
          every,
          skewFraction,
          sleepMs,
          snapshotSleepMs,
          spikeFactor,
          hogMb,
          conf);
    }
  }

  private static void add(List<String> args, String key, String value) {
    args.add("--" + key);
    args.add(value);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
