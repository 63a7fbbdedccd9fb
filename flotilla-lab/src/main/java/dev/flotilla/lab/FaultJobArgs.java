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
    if (rate <= 0 || keys < 1 || every < 1 || skewFraction < 0 || skewFraction > 1) {
      throw new IllegalArgumentException(
          "job " + name + ": need rate > 0, keys >= 1, every >= 1, 0 <= skewFraction <= 1");
    }
    conf = Map.copyOf(conf);
  }

  public static FaultJobArgs of(String fault, String name) {
    return new FaultJobArgs(fault, name, 0, 1000, 16, 3000, 0.9, 1, 5000, 5, Map.of());
  }

  public static FaultJobArgs healthy(String name) {
    return of("healthy", name);
  }

  public FaultJobArgs withRate(double r) {
    return new FaultJobArgs(
        fault,
        name,
        faultAfterSeconds,
        r,
        keys,
        every,
        skewFraction,
        sleepMs,
        snapshotSleepMs,
        spikeFactor,
        conf);
  }

  public FaultJobArgs withFaultAfterSeconds(double t) {
    return new FaultJobArgs(
        fault,
        name,
        t,
        rate,
        keys,
        every,
        skewFraction,
        sleepMs,
        snapshotSleepMs,
        spikeFactor,
        conf);
  }

  public FaultJobArgs withKeys(int k) {
    return new FaultJobArgs(
        fault,
        name,
        faultAfterSeconds,
        rate,
        k,
        every,
        skewFraction,
        sleepMs,
        snapshotSleepMs,
        spikeFactor,
        conf);
  }

  public FaultJobArgs withEvery(long n) {
    return new FaultJobArgs(
        fault,
        name,
        faultAfterSeconds,
        rate,
        keys,
        n,
        skewFraction,
        sleepMs,
        snapshotSleepMs,
        spikeFactor,
        conf);
  }

  public FaultJobArgs withSkewFraction(double f) {
    return new FaultJobArgs(
        fault,
        name,
        faultAfterSeconds,
        rate,
        keys,
        every,
        f,
        sleepMs,
        snapshotSleepMs,
        spikeFactor,
        conf);
  }

  public FaultJobArgs withSleepMs(long ms) {
    return new FaultJobArgs(
        fault,
        name,
        faultAfterSeconds,
        rate,
        keys,
        every,
        skewFraction,
        ms,
        snapshotSleepMs,
        spikeFactor,
        conf);
  }

  public FaultJobArgs withSnapshotSleepMs(long ms) {
    return new FaultJobArgs(
        fault,
        name,
        faultAfterSeconds,
        rate,
        keys,
        every,
        skewFraction,
        sleepMs,
        ms,
        spikeFactor,
        conf);
  }

  public FaultJobArgs withSpikeFactor(double k) {
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
        k,
        conf);
  }

  /** Adds a Flink key passed as {@code --conf.<key> <value>} into the job's configuration. */
  public FaultJobArgs withConf(String key, String value) {
    Map<String, String> merged = new LinkedHashMap<>(conf);
    merged.put(key, value);
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
        merged);
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
    new java.util.TreeMap<>(conf).forEach((k, v) -> add(args, "conf." + k, v));
    return List.copyOf(args);
  }

  private static void add(List<String> args, String key, String value) {
    args.add("--" + key);
    args.add(value);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
