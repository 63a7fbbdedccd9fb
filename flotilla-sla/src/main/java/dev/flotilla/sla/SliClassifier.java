package dev.flotilla.sla;

import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import dev.flotilla.model.SliState;
import dev.flotilla.sla.rules.AbnormalRule;
import dev.flotilla.sla.rules.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one observation of one job (or its absence) into an {@link SliMinute}. Pure: rules, the
 * side attributor and the job's history are passed in; the caller updates the history.
 */
public final class SliClassifier {
  /** Reason on a RUNNING_NORMAL minute of a job that is scheduling within its grace period. */
  public static final String IN_GRACE = "SCHEDULING_IN_GRACE";

  private static final Set<String> WAITING_TASKS =
      Set.of("created", "scheduled", "deploying", "initializing", "reconciling");

  private final List<AbnormalRule> rules;
  private final SideAttributor sides;

  public SliClassifier(List<AbnormalRule> rules, SideAttributor sides) {
    this.rules = List.copyOf(rules);
    this.sides = Objects.requireNonNull(sides);
  }

  public static SliClassifier defaults() {
    return new SliClassifier(AbnormalRule.defaults(), new ExceptionTextSideAttributor());
  }

  /**
   * @param cluster the cluster's observation in this poll; empty when the cluster was not polled
   * @param job the job as seen in this poll; empty when the cluster did not list it
   * @param at when the poll happened (the minute is {@code at} truncated to minutes)
   */
  public SliMinute classify(
      JobContext ctx,
      Optional<ClusterObservation> cluster,
      Optional<JobObservation> job,
      JobHistory history,
      Instant at) {
    Instant minute = SliMinute.align(job.map(JobObservation::observedAt).orElse(at));
    String key = ctx.jobKey();
    if (ctx.intentionallyStopped()) {
      return simple(key, minute, SliState.EXCLUDED, "INTENTIONAL_STOP", "stopped on purpose");
    }
    if (cluster.isPresent() && !cluster.get().reachable()) {
      return simple(
          key,
          minute,
          SliState.UNKNOWN,
          "CLUSTER_UNREACHABLE",
          "cluster " + ctx.cluster() + " unreachable: " + cluster.get().error().orElse("?"));
    }
    if (job.isEmpty()) {
      if (cluster.isEmpty()) {
        return simple(key, minute, SliState.UNKNOWN, "NO_OBSERVATION", "not observed");
      }
      if (ctx.managed() && ctx.shouldRun()) {
        return simple(
            key,
            minute,
            SliState.NOT_RUNNING,
            "MISSING",
            "job '" + ctx.flinkJobName() + "' not listed on " + ctx.cluster());
      }
      return simple(key, minute, SliState.EXCLUDED, "NOT_EXPECTED", "not running, not expected");
    }
    return classifyObserved(ctx, job.get(), history, minute);
  }

  private SliMinute classifyObserved(
      JobContext ctx, JobObservation o, JobHistory history, Instant minute) {
    String key = ctx.jobKey();
    JobState s = o.state();
    boolean expected = ctx.managed() && ctx.shouldRun();
    switch (s) {
      case UNKNOWN:
        return simple(
            key, minute, SliState.UNKNOWN, "STATE_UNKNOWN", o.unknownReason().orElse("unknown"));
      case CANCELED:
      case CANCELLING:
      case FINISHED:
        if (!expected) {
          return simple(key, minute, SliState.EXCLUDED, s.name(), "job " + s.name());
        }
        return breach(key, minute, SliState.NOT_RUNNING, o, List.of(), s.name());
      case FAILED:
      case FAILING:
      case SUSPENDED:
        return breach(key, minute, SliState.NOT_RUNNING, o, List.of(), s.name());
      default:
        break;
    }
    if (ctx.managed() && !ctx.shouldRun()) {
      return simple(key, minute, SliState.EXCLUDED, "NOT_EXPECTED", "running but not expected");
    }
    List<Finding> findings = new ArrayList<>();
    for (AbnormalRule r : rules) {
      r.evaluate(o, history, ctx.thresholds()).ifPresent(findings::add);
    }
    if (isScheduling(o)) {
      Duration waiting = Duration.between(schedulingSince(o, history), o.observedAt());
      String why = s == JobState.RUNNING ? "TASKS_WAITING" : s.name();
      if (findings.isEmpty() && waiting.compareTo(ctx.thresholds().schedulingGrace()) < 0) {
        return new SliMinute(
            key,
            minute,
            SliState.RUNNING_NORMAL,
            Set.of(IN_GRACE),
            List.of(
                why
                    + " for "
                    + waiting.toSeconds()
                    + " s (grace "
                    + ctx.thresholds().schedulingGrace().toSeconds()
                    + " s)"),
            Side.UNKNOWN);
      }
      List<String> ev = new ArrayList<>();
      ev.add(why + " for " + waiting.toSeconds() + " s " + o.taskCounts());
      return breach(key, minute, SliState.SCHEDULING, o, findings, why, ev);
    }
    if (findings.isEmpty()) {
      return new SliMinute(key, minute, SliState.RUNNING_NORMAL, Set.of(), List.of(), Side.UNKNOWN);
    }
    return breach(key, minute, SliState.RUNNING_ABNORMAL, o, findings, null);
  }

  /** True for states (or RUNNING with waiting tasks) that mean "not yet processing". */
  public static boolean isScheduling(JobObservation o) {
    return switch (o.state()) {
      case CREATED, INITIALIZING, RESTARTING, RECONCILING -> true;
      case RUNNING ->
          o.taskCounts().entrySet().stream()
              .anyMatch(e -> e.getValue() > 0 && isWaiting(e.getKey()));
      default -> false;
    };
  }

  private static boolean isWaiting(String status) {
    return WAITING_TASKS.contains(status)
        || WAITING_TASKS.contains(status.toLowerCase(java.util.Locale.ROOT));
  }

  /** Earliest known start of the current scheduling run. */
  static Instant schedulingSince(JobObservation o, JobHistory history) {
    Instant since = o.observedAt();
    if (history.schedulingSince().isPresent() && history.schedulingSince().get().isBefore(since)) {
      since = history.schedulingSince().get();
    }
    if ((o.state() == JobState.CREATED || o.state() == JobState.INITIALIZING)
        && o.startTime().isPresent()
        && o.startTime().get().isBefore(since)) {
      since = o.startTime().get();
    }
    if (o.state() == JobState.RESTARTING && o.metrics().restartingTimeMs().isPresent()) {
      Instant r = o.observedAt().minusMillis(o.metrics().restartingTimeMs().getAsLong());
      if (r.isBefore(since)) {
        since = r;
      }
    }
    return since;
  }

  private SliMinute breach(
      String key,
      Instant minute,
      SliState state,
      JobObservation o,
      List<Finding> findings,
      String stateReason) {
    List<String> ev = new ArrayList<>();
    if (stateReason != null && state == SliState.NOT_RUNNING) {
      ev.add("job " + o.jobId() + " is " + o.state());
    }
    return breach(key, minute, state, o, findings, stateReason, ev);
  }

  private SliMinute breach(
      String key,
      Instant minute,
      SliState state,
      JobObservation o,
      List<Finding> findings,
      String stateReason,
      List<String> evidence) {
    Set<String> reasons = new LinkedHashSet<>();
    if (stateReason != null) {
      reasons.add(stateReason);
    }
    List<String> ev = new ArrayList<>(evidence);
    for (Finding f : findings) {
      reasons.add(f.reason());
      ev.add(f.evidence());
    }
    if (state == SliState.NOT_RUNNING && !o.exceptions().isEmpty()) {
      ev.add("latest exception: " + o.exceptions().get(0).firstLine());
    }
    Side side = sides.attribute(o, state, reasons);
    return new SliMinute(key, minute, state, reasons, ev, side);
  }

  private static SliMinute simple(
      String key, Instant minute, SliState state, String reason, String evidence) {
    return new SliMinute(key, minute, state, Set.of(reason), List.of(evidence), Side.UNKNOWN);
  }
}
