package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Adviser;
import dev.flotilla.adviser.fleet.FleetCorrelator;
import dev.flotilla.adviser.fleet.JobPlacement;
import dev.flotilla.adviser.postmortem.ActionTaken;
import dev.flotilla.adviser.postmortem.PostMortemReport;
import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.SliInterval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The adviser on live observations: the one object the app loop calls each cycle.
 *
 * <pre>{@code
 * LiveAdviser adviser = new LiveAdviser(Adviser.builtIn(), LiveSettings.defaults(), clock);
 * // every cycle, after collecting:
 * AdviserCycle c = adviser.observe(snapshots, jobKeyByClusterAndName);   // or (..., now)
 * c.newOrChanged();   // List<JobDiagnosis>: store/notify only these (no duplicate rows per cycle)
 * c.incidents();      // List<PlatformIncident>: open platform incidents (stable ids)
 * c.health();         // Map<jobKey, JobHealth>: score 0-100 + top finding, for `flotilla jobs`
 * adviser.current(jobKey);                         // the job's diagnoses as of the last cycle
 * adviser.postMortem(jobKey, intervals, actions);  // Markdown report from the kept history
 * }</pre>
 *
 * <p>{@code jobKeyByClusterAndName} maps {@code "cluster/jobName"} to a managed job's key; other
 * jobs get the key {@code "cluster/jobName"}. When a cluster lists several Flink jobs of one name
 * (an old FAILED run and its resubmission), the non-terminal one, else the most recently started,
 * is the job.
 *
 * <p>Per cycle: append to each job's and cluster's bounded history; run the runtime detectors and
 * pre-emptive risks (one class each) on each job; fold them ({@link Precedence}); correlate RUNTIME
 * diagnoses across the fleet ({@link FleetCorrelator}: one PLATFORM incident instead of N user
 * problems); score health; emit only diagnoses that are new or changed. Pure (no I/O; time from the
 * argument or the injected clock); not thread-safe: call from one loop.
 */
public final class LiveAdviser {
  private final Adviser adviser;
  private final LiveSettings settings;
  private final Clock clock;
  private final List<Detector> detectors;
  private final FleetCorrelator fleet;
  private final Map<String, JobTrack> jobs = new LinkedHashMap<>();
  private final Map<String, Deque<ClusterObservation>> clusters = new HashMap<>();

  public LiveAdviser(Adviser adviser, LiveSettings settings, Clock clock) {
    this.adviser = Objects.requireNonNull(adviser, "adviser");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    RuntimeThresholds r = settings.runtime();
    RiskThresholds k = settings.risk();
    this.detectors =
        List.of(
            new ClusterUnreachableDetector(r),
            new TaskManagerLostDetector(r),
            new InsufficientResourcesDetector(),
            new ExceptionDetector(r),
            new RestartLoopDetector(r),
            new SkewDetector(r),
            new BackpressureDetector(r),
            new CheckpointFailureDetector(r, adviser),
            new CheckpointTrendRisk(k),
            new HeapTrendRisk(k),
            new GcRateRisk(k),
            new RestartAccelerationRisk(k),
            new LagGrowthRisk(k));
    this.fleet = new FleetCorrelator(settings.fleet());
  }

  /** One cycle at the injected clock's time. */
  public AdviserCycle observe(
      List<ClusterSnapshot> snapshots, Map<String, String> jobKeyByClusterAndName) {
    return observe(snapshots, jobKeyByClusterAndName, clock.instant());
  }

  /** One cycle. */
  public AdviserCycle observe(
      List<ClusterSnapshot> snapshots, Map<String, String> jobKeyByClusterAndName, Instant now) {
    Objects.requireNonNull(snapshots, "snapshots");
    Objects.requireNonNull(jobKeyByClusterAndName, "jobKeyByClusterAndName");
    Objects.requireNonNull(now, "now");
    Map<String, JobObservation> chosen = new LinkedHashMap<>();
    Map<String, JobPlacement> placements = new HashMap<>();
    Map<String, Integer> jobsPerCluster = new HashMap<>();
    for (ClusterSnapshot s : snapshots) {
      ClusterObservation c = s.cluster();
      Deque<ClusterObservation> ch = clusters.computeIfAbsent(c.cluster(), n -> new ArrayDeque<>());
      ch.addLast(c);
      while (ch.size() > settings.historySize()) {
        ch.removeFirst();
      }
      for (JobObservation j : s.jobs()) {
        String raw = c.cluster() + "/" + j.name();
        String key = jobKeyByClusterAndName.getOrDefault(raw, raw);
        chosen.merge(key, j, LiveAdviser::preferred);
        placements.put(
            key,
            new JobPlacement(
                key,
                c.cluster(),
                c.flinkVersion().or(() -> lastVersion(c.cluster())),
                Optional.ofNullable(settings.zoneByCluster().get(c.cluster()))));
      }
    }
    chosen.forEach((k, j) -> jobsPerCluster.merge(j.cluster(), 1, Integer::sum));
    List<JobDiagnosis> all = new ArrayList<>();
    for (Map.Entry<String, JobObservation> e : chosen.entrySet()) {
      JobTrack track = jobs.computeIfAbsent(e.getKey(), k -> new JobTrack(settings.historySize()));
      track.add(e.getValue());
      all.addAll(diagnose(e.getKey(), track, now));
    }
    FleetCorrelator.Result r = fleet.correlate(all, placements, jobsPerCluster, now);
    Map<String, List<JobDiagnosis>> byJob = new LinkedHashMap<>();
    chosen.keySet().forEach(k -> byJob.put(k, new ArrayList<>()));
    r.diagnoses().forEach(d -> byJob.get(d.jobKey()).add(d));
    List<JobDiagnosis> emitted = new ArrayList<>();
    Map<String, JobHealth> health = new HashMap<>();
    byJob.forEach(
        (key, ds) -> {
          JobTrack t = jobs.get(key);
          t.current = List.copyOf(ds);
          emitted.addAll(t.emit(ds, now, settings.reemitAfter()));
          health.put(key, t.health.update(key, chosen.get(key).state(), ds, now));
        });
    forget(now);
    return new AdviserCycle(emitted, r.incidents(), health);
  }

  /** The job's diagnoses as of the last cycle (empty when healthy or unknown). */
  public List<JobDiagnosis> current(String jobKey) {
    JobTrack t = jobs.get(jobKey);
    return t == null ? List.of() : t.current;
  }

  /** The job's kept observations, oldest first. */
  public List<JobObservation> history(String jobKey) {
    JobTrack t = jobs.get(jobKey);
    return t == null ? List.of() : t.history();
  }

  /**
   * A post-mortem of the job from the kept history, the diagnoses emitted for it and its current
   * ones (the final diagnosis is the latest).
   */
  public PostMortemReport postMortem(
      String jobKey, List<SliInterval> intervals, List<ActionTaken> actions) {
    JobTrack t = jobs.get(jobKey);
    if (t == null) {
      throw new IllegalArgumentException("no history kept for job " + jobKey);
    }
    List<JobDiagnosis> diagnoses = new ArrayList<>(t.log());
    diagnoses.addAll(t.current);
    return PostMortemReport.build(jobKey, t.history(), diagnoses, intervals, actions);
  }

  private List<JobDiagnosis> diagnose(String key, JobTrack track, Instant now) {
    JobObservation latest = track.history().get(track.history().size() - 1);
    List<ClusterObservation> ch =
        List.copyOf(clusters.getOrDefault(latest.cluster(), new ArrayDeque<>()));
    String exKey = ExceptionReading.key(latest);
    if (!exKey.equals(track.exceptionKey)) {
      Optional<String> version = ch.isEmpty() ? Optional.empty() : lastVersion(latest.cluster());
      track.reading = ExceptionReading.read(adviser, latest, version);
      track.exceptionKey = exKey;
    }
    Duration timeout =
        settings
            .checkpointTimeoutByJobKey()
            .getOrDefault(key, settings.risk().defaultCheckpointTimeout());
    JobContext ctx = new JobContext(key, track.history(), ch, track.reading, timeout, now);
    List<JobDiagnosis> raw = new ArrayList<>();
    for (Detector d : detectors) {
      raw.addAll(d.detect(ctx));
    }
    return Precedence.apply(raw);
  }

  private Optional<String> lastVersion(String cluster) {
    Deque<ClusterObservation> ch = clusters.get(cluster);
    if (ch == null) {
      return Optional.empty();
    }
    return ch.stream()
        .map(ClusterObservation::flinkVersion)
        .flatMap(Optional::stream)
        .reduce((a, b) -> b);
  }

  private void forget(Instant now) {
    Instant before = now.minus(settings.forgetAfter());
    jobs.values().removeIf(t -> t.lastSeen.isBefore(before));
    clusters.values().removeIf(d -> d.isEmpty() || d.getLast().observedAt().isBefore(before));
  }

  private static JobObservation preferred(JobObservation a, JobObservation b) {
    if (a.state().isTerminal() != b.state().isTerminal()) {
      return a.state().isTerminal() ? b : a;
    }
    Comparator<JobObservation> byStart =
        Comparator.comparing(o -> o.startTime().orElse(Instant.EPOCH));
    return byStart.compare(b, a) > 0 ? b : a;
  }
}
