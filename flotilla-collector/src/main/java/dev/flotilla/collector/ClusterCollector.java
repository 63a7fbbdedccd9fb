package dev.flotilla.collector;

import dev.flotilla.collector.parse.JobSummary;
import dev.flotilla.collector.parse.JobsOverviewParser;
import dev.flotilla.collector.parse.OverviewInfo;
import dev.flotilla.collector.parse.OverviewParser;
import dev.flotilla.model.CheckpointSummary;
import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobMetrics;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.TaskManagerObservation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Polls one cluster per call: one {@code /overview} and one {@code /jobs/overview}, per-job details
 * for the jobs the {@link DetailPolicy} selects, and the TaskManagers every {@code
 * taskManagerEveryCycles} cycles. The returned future always completes normally.
 *
 * <p>When {@code /overview} fails (refused, timeout, non-2xx) the cluster is unreachable and every
 * job seen in the previous successful poll of that cluster, plus every expected job name not among
 * them, is reported {@link dev.flotilla.model.JobState#UNKNOWN} with the reason. Expected jobs that
 * were never seen get an empty job id.
 */
public final class ClusterCollector {
  private final FlinkRest rest;
  private final Clock clock;
  private final DetailPolicy policy;
  private final int taskManagerEveryCycles;
  private final JobDetailFetcher details;
  private final TaskManagerFetcher taskManagers;
  private final ConcurrentMap<String, ClusterMemory> memory = new ConcurrentHashMap<>();

  /** Defaults: {@link DetailPolicy#roundRobin(int) roundRobin(5)}, TaskManagers every cycle. */
  public ClusterCollector(FlinkRest rest, Clock clock) {
    this(rest, clock, DetailPolicy.roundRobin(5), 1);
  }

  /**
   * @param taskManagerEveryCycles fetch TaskManager details every N cycles; 0 never
   */
  public ClusterCollector(
      FlinkRest rest, Clock clock, DetailPolicy policy, int taskManagerEveryCycles) {
    this.rest = Objects.requireNonNull(rest, "rest");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.policy = Objects.requireNonNull(policy, "policy");
    if (taskManagerEveryCycles < 0) {
      throw new IllegalArgumentException(
          "taskManagerEveryCycles must be >= 0, got " + taskManagerEveryCycles);
    }
    this.taskManagerEveryCycles = taskManagerEveryCycles;
    this.details = new JobDetailFetcher(rest);
    this.taskManagers = new TaskManagerFetcher(rest);
  }

  public Clock clock() {
    return clock;
  }

  public CompletableFuture<ClusterSnapshot> poll(ClusterTarget target) {
    return poll(target, Set.of());
  }

  /**
   * @param expectedJobs names of managed jobs that should run on this cluster; reported UNKNOWN
   *     when the cluster is unreachable even if never seen
   */
  public CompletableFuture<ClusterSnapshot> poll(ClusterTarget target, Set<String> expectedJobs) {
    Instant start = clock.instant();
    ClusterMemory mem = memory.computeIfAbsent(target.name(), n -> new ClusterMemory());
    long cycle = mem.nextCycle();
    CompletableFuture<RestResult> overview = rest.get(target, "/overview");
    CompletableFuture<RestResult> jobs = rest.get(target, "/jobs/overview");
    return overview
        .thenCompose(
            ov ->
                ov.body()
                    .map(
                        body ->
                            jobs.thenCompose(
                                j ->
                                    reachable(
                                        target,
                                        expectedJobs,
                                        start,
                                        cycle,
                                        OverviewParser.parse(body),
                                        j,
                                        mem)))
                    .orElseGet(
                        () ->
                            CompletableFuture.completedFuture(
                                unreachable(
                                    target, expectedJobs, start, ov.describe(), latency(start)))))
        .exceptionally(
            e -> unreachable(target, expectedJobs, start, "collector error: " + e, latency(start)));
  }

  /** The snapshot of a cluster that could not be polled (also used for a missed deadline). */
  public ClusterSnapshot unreachable(
      ClusterTarget target, Set<String> expectedJobs, Instant at, String reason, Duration latency) {
    ClusterMemory mem = memory.computeIfAbsent(target.name(), n -> new ClusterMemory());
    String jobReason = "cluster " + target.name() + " unreachable: " + reason;
    return new ClusterSnapshot(
        ClusterObservation.unreachable(target.name(), at, reason, latency),
        unknownJobs(target, mem, expectedJobs, at, jobReason));
  }

  private CompletableFuture<ClusterSnapshot> reachable(
      ClusterTarget target,
      Set<String> expectedJobs,
      Instant start,
      long cycle,
      OverviewInfo info,
      RestResult jobsResult,
      ClusterMemory mem) {
    CompletableFuture<List<TaskManagerObservation>> tms =
        taskManagerEveryCycles > 0 && cycle % taskManagerEveryCycles == 0
            ? taskManagers.fetch(target)
            : CompletableFuture.completedFuture(List.of());
    CompletableFuture<List<JobObservation>> jobs;
    if (jobsResult.body().isEmpty()) {
      String reason = "job list unavailable: " + jobsResult.describe();
      jobs =
          CompletableFuture.completedFuture(unknownJobs(target, mem, expectedJobs, start, reason));
    } else {
      List<JobSummary> summaries = JobsOverviewParser.parse(jobsResult.body().get());
      List<CompletableFuture<JobObservation>> each = new ArrayList<>();
      for (JobSummary s : summaries) {
        JobObservation base = fromOverview(target.name(), s, start);
        boolean detail = policy.wantsDetails(s, mem.lastState(s.jobId()), cycle);
        each.add(
            detail
                ? details.fetch(target, base).exceptionally(e -> base)
                : CompletableFuture.completedFuture(base));
      }
      mem.remember(summaries);
      jobs =
          CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
              .thenApply(ignored -> each.stream().map(CompletableFuture::join).toList());
    }
    return jobs.thenCombine(
        tms,
        (jobList, tmList) ->
            new ClusterSnapshot(
                new ClusterObservation(
                    target.name(),
                    start,
                    true,
                    Optional.empty(),
                    info.flinkVersion(),
                    info.taskManagers(),
                    info.slotsTotal(),
                    info.slotsAvailable(),
                    tmList,
                    latency(start)),
                jobList));
  }

  private static JobObservation fromOverview(String cluster, JobSummary s, Instant at) {
    return new JobObservation(
        cluster,
        s.jobId(),
        s.name(),
        s.state(),
        at,
        s.startTime(),
        Optional.empty(),
        s.taskCounts(),
        OptionalInt.empty(),
        false,
        JobMetrics.notObserved(),
        CheckpointSummary.notObserved(),
        List.of(),
        List.of());
  }

  private static List<JobObservation> unknownJobs(
      ClusterTarget target,
      ClusterMemory mem,
      Set<String> expectedJobs,
      Instant at,
      String reason) {
    List<JobObservation> out = new ArrayList<>();
    List<JobSummary> last = mem.lastJobs();
    for (JobSummary s : last) {
      out.add(JobObservation.unknown(target.name(), s.jobId(), s.name(), at, reason));
    }
    expectedJobs.stream()
        .sorted()
        .filter(name -> last.stream().noneMatch(s -> s.name().equals(name)))
        .forEach(name -> out.add(JobObservation.unknown(target.name(), "", name, at, reason)));
    return out;
  }

  private Duration latency(Instant start) {
    Duration d = Duration.between(start, clock.instant());
    return d.isNegative() ? Duration.ZERO : d;
  }
}
