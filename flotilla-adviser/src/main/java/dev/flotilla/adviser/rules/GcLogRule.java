package dev.flotilla.adviser.rules;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.AdviceInput;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JVM GC log lines pasted into a report: full collections that leave the old generation (or
 * the whole heap) at least {@value #FULL_PERCENT}% full mean the live data no longer fits — the
 * heap is exhausted even before an OutOfMemoryError is thrown, and backpressure or heartbeat
 * timeouts around it are symptoms. Handles the JDK 8 ParallelGC/CMS/Serial form ({@code [ParOldGen:
 * 2342580K->2342579K(2342912K)]}) and the unified-logging form ({@code Pause Full (Ergonomics)
 * 3990M->3985M(4096M)}).
 */
public final class GcLogRule implements Rule {
  static final int FULL_PERCENT = 90;
  private static final int PRIORITY = 86;
  private static final Pattern OLD_GEN =
      Pattern.compile(
          "\\[(?:ParOldGen|PSOldGen|Tenured|CMS|Old Gen)\\w*:\\s*(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
  private static final Pattern UNIFIED_FULL =
      Pattern.compile("Pause Full[^\\n]*?\\s(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

  @Override
  public List<Finding> evaluate(AdviceInput in) {
    List<String> full = new ArrayList<>();
    for (String line : in.lines()) {
      if (isFullAfterCollection(OLD_GEN.matcher(line))
          || isFullAfterCollection(UNIFIED_FULL.matcher(line))) {
        full.add(CatalogueRule.clip(line));
      }
    }
    if (full.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Finding(
            "gc-log-heap-full",
            Label.OOM_HEAP,
            Side.USER,
            Action.INCREASE_HEAP,
            full.size() >= 2 ? 0.75 : 0.6,
            PRIORITY,
            "Full garbage collections leave the old generation at least "
                + FULL_PERCENT
                + "% full: the job's live heap data no longer fits (state on heap, a leak of"
                + " connections/result sets/buffers). Give it more heap or find what holds the"
                + " memory (heap dump); backpressure and timeouts are the symptom.",
            Optional.of(
                "https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/memory/mem_trouble/"),
            full.stream().limit(2).toList()));
  }

  private static boolean isFullAfterCollection(Matcher m) {
    if (!m.find()) {
      return false;
    }
    double after = bytes(m.group(3), m.group(4));
    double capacity = bytes(m.group(5), m.group(6));
    return capacity > 0 && after * 100 >= FULL_PERCENT * capacity;
  }

  private static double bytes(String digits, String unit) {
    double d = Double.parseDouble(digits);
    return switch (unit) {
      case "G" -> d * 1024 * 1024;
      case "M" -> d * 1024;
      default -> d;
    };
  }
}
