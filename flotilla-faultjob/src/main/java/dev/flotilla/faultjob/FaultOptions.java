package dev.flotilla.faultjob;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parsed program arguments of {@link FaultJob}; serializable so operators can carry it. */
public final class FaultOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String[] FAULTS = {
    "healthy",
    "exception-loop",
    "heap-oom",
    "slow",
    "skew",
    "checkpoint-timeout",
    "missing-class",
    "rate-spike"
  };

  public final String fault;
  public final long faultAfterMs;
  public final double rate;
  public final int keys;
  public final long every;
  public final double skewFraction;
  public final long sleepMs;
  public final long snapshotSleepMs;
  public final double spikeFactor;

  /** heap-oom: megabytes of heap to hold before growth stops; 0 grows until OutOfMemoryError. */
  public final long hogMb;

  public final String name;
  public final Map<String, String> conf;

  private FaultOptions(Map<String, String> plain, Map<String, String> conf) {
    this.fault = plain.getOrDefault("fault", "healthy");
    if (!java.util.Arrays.asList(FAULTS).contains(fault)) {
      throw new IllegalArgumentException(
          "--fault " + fault + " is unknown; expected one of " + String.join("|", FAULTS));
    }
    this.faultAfterMs = (long) (number(plain, "fault-after-seconds", 0) * 1000);
    this.rate = number(plain, "rate", 1000);
    this.keys = (int) number(plain, "keys", 16);
    this.every = (long) number(plain, "every", 3000);
    this.skewFraction = number(plain, "skew-fraction", 0.9);
    this.sleepMs = (long) number(plain, "sleep-ms", 1);
    this.snapshotSleepMs = (long) number(plain, "snapshot-sleep-ms", 5000);
    this.spikeFactor = number(plain, "spike-factor", 5);
    this.hogMb = (long) number(plain, "hog-mb", 0);
    this.name = plain.getOrDefault("name", "faultjob-" + fault);
    this.conf = conf;
    if (keys < 1 || every < 1 || rate <= 0 || skewFraction < 0 || skewFraction > 1 || hogMb < 0) {
      throw new IllegalArgumentException(
          "need --keys>=1, --every>=1, --rate>0, 0<=--skew-fraction<=1 and --hog-mb>=0");
    }
  }

  /** Parses {@code --key value} pairs; {@code --conf.<flink.key> value} goes to {@link #conf}. */
  public static FaultOptions parse(String[] args) {
    Map<String, String> plain = new LinkedHashMap<>();
    Map<String, String> conf = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String key = args[i];
      if (!key.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "argument " + i + " '" + key + "': expected '--name value' pairs");
      }
      String name = key.substring(2);
      if (name.startsWith("conf.")) {
        conf.put(name.substring(5), args[i + 1]);
      } else {
        plain.put(name, args[i + 1]);
      }
    }
    return new FaultOptions(plain, conf);
  }

  private static double number(Map<String, String> plain, String key, double fallback) {
    String value = plain.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + key + " '" + value + "' is not a number", e);
    }
  }

  public boolean is(String name) {
    return fault.equals(name);
  }

  /** True when the fault named is selected and its start time has passed. */
  public boolean active(String name, long jobStartMs) {
    return is(name) && System.currentTimeMillis() - jobStartMs >= faultAfterMs;
  }
}
