package dev.flotilla.sla;

import dev.flotilla.model.ExceptionRecord;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.Side;
import dev.flotilla.model.SliState;
import dev.flotilla.sla.rules.RestartRateRule;
import java.util.List;
import java.util.Set;

/**
 * Attributes a failure-like breach (not running, scheduling, restart rate) by the latest exception:
 * TaskManager lost / no resources text → PLATFORM, any other exception → USER, none → UNKNOWN.
 * Breaches without a failure (checkpoint age, backpressure, lag alone) are UNKNOWN side.
 */
public final class ExceptionTextSideAttributor implements SideAttributor {
  private static final int SCAN_CHARS = 4000;

  /** Text that points to the platform (nodes, slots, network between TaskManagers). */
  public static final List<String> PLATFORM_PATTERNS =
      List.of(
          "NoResourceAvailableException",
          "Could not acquire the minimum required resources",
          "TaskManager with id",
          "is no longer reachable",
          "TaskManagerLost",
          "Heartbeat of TaskManager",
          "Connection unexpectedly closed by remote task manager",
          "ContainerCompletedException");

  @Override
  public Side attribute(JobObservation o, SliState state, Set<String> reasons) {
    if (!state.isBreach()) {
      return Side.UNKNOWN;
    }
    boolean failureLike =
        state != SliState.RUNNING_ABNORMAL || reasons.contains(RestartRateRule.REASON);
    if (!failureLike || o.exceptions().isEmpty()) {
      return Side.UNKNOWN;
    }
    ExceptionRecord latest = o.exceptions().get(0);
    String text =
        latest.exceptionName()
            + "\n"
            + latest.stacktrace().substring(0, Math.min(SCAN_CHARS, latest.stacktrace().length()));
    for (String p : PLATFORM_PATTERNS) {
      if (text.contains(p)) {
        return Side.PLATFORM;
      }
    }
    return Side.USER;
  }
}
