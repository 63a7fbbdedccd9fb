package dev.flotilla.adviser.rules;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.AdviceInput;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.Side;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A TaskManager heartbeat timeout next to evidence of long garbage collection (GC log lines, "full
 * GC", a metrics hint about GC time) is a JVM that stopped answering while it collected, not a lost
 * node: the job's memory footprint is the fault (USER, more heap or less state on heap). Outranks
 * the plain TaskManager-lost pattern, which would blame the platform.
 */
public final class GcPauseHeartbeatRule implements Rule {
  static final int PRIORITY = 91;
  private static final Pattern HEARTBEAT =
      Pattern.compile(
          "heartbeat (of|from|with) (the )?TaskManager.{0,120}timed out"
              + "|TaskManager .{0,80}(heartbeat|is no longer reachable)"
              + "|heartbeat.{0,40}timed out",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern GC =
      Pattern.compile(
          "\\b(full gc|gc pauses?|long gc|gc overhead|garbage collect(ion|or)?s?|frequent gc"
              + "|(execute|executes|doing|does|do|heavy|long|busy) gc|gc (time|log)s?"
              + "|GC \\(Allocation Failure\\)|stop[- ]the[- ]world|old gen(eration)? (is )?full)\\b",
          Pattern.CASE_INSENSITIVE);

  @Override
  public List<Finding> evaluate(AdviceInput in) {
    Optional<String> heartbeat =
        in.lines().stream().filter(l -> HEARTBEAT.matcher(l).find()).findFirst();
    if (heartbeat.isEmpty()) {
      return List.of();
    }
    Optional<String> gc =
        in.metricsHint()
            .filter(h -> GC.matcher(h).find())
            .map(h -> "metrics: " + h.strip())
            .or(() -> in.lines().stream().filter(l -> GC.matcher(l).find()).findFirst());
    if (gc.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Finding(
            "heartbeat-timeout-gc-pause",
            Label.TASKMANAGER_LOST_OR_NETWORK,
            Side.USER,
            Action.INCREASE_HEAP,
            0.75,
            PRIORITY,
            "The TaskManager missed its heartbeats while the JVM was busy collecting garbage: the"
                + " job's memory footprint, not the node, is the cause. Give it more heap (or"
                + " move state off-heap to RocksDB) and check the GC log.",
            Optional.of(
                "https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/memory/mem_trouble/"),
            List.of(CatalogueRule.clip(heartbeat.get()), CatalogueRule.clip(gc.get()))));
  }
}
