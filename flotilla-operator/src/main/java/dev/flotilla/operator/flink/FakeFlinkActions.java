package dev.flotilla.operator.flink;

import dev.flotilla.model.JobState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory Flink for unit tests: clusters hold jobs that change state at once; savepoints and
 * checkpoints are paths; every mutating call is logged in {@link #mutations()}. Clusters can be
 * made unreachable, in-place capable, or made to fail every job they run.
 */
public final class FakeFlinkActions implements FlinkActions {

  /** A job in the fake. */
  public static final class Job {
    public final String cluster;
    public final String id;
    public final String name;
    public final List<String> args;
    public final Optional<String> restoredFrom;
    public volatile JobState state;
    public volatile int parallelism;
    public volatile int checkpoints;
    public volatile Optional<SavepointRef> savepoint = Optional.empty();

    Job(
        String cluster,
        String id,
        String name,
        List<String> args,
        int parallelism,
        Optional<String> restoredFrom,
        JobState state) {
      this.cluster = cluster;
      this.id = id;
      this.name = name;
      this.args = List.copyOf(args);
      this.parallelism = parallelism;
      this.restoredFrom = restoredFrom;
      this.state = state;
    }
  }

  private final Clock clock;
  private final Map<String, List<Job>> clusters = new LinkedHashMap<>();
  private final Set<String> unreachable = new java.util.HashSet<>();
  private final Set<String> inPlace = new java.util.HashSet<>();
  private final Set<String> failingRuns = new java.util.HashSet<>();
  private final Map<String, SavepointStatus> requests = new LinkedHashMap<>();
  private final List<String> mutations = new CopyOnWriteArrayList<>();
  private int counter;

  public FakeFlinkActions(Clock clock, String... clusterNames) {
    this.clock = clock;
    for (String c : clusterNames) {
      clusters.put(c, new ArrayList<>());
    }
  }

  // ---- test levers ----

  /** Starts a job directly (not logged as a mutation); returns its id. */
  public synchronized String startJob(String cluster, String name, int parallelism) {
    Job job =
        new Job(
            cluster,
            nextId("job"),
            name,
            List.of(),
            parallelism,
            Optional.empty(),
            JobState.RUNNING);
    jobs(cluster).add(job);
    return job.id;
  }

  /** Completes one more checkpoint of the job. */
  public synchronized void checkpoint(String cluster, String jobId) {
    job(cluster, jobId).checkpoints++;
  }

  public synchronized void setReachable(String cluster, boolean reachable) {
    if (reachable) {
      unreachable.remove(cluster);
    } else {
      unreachable.add(cluster);
    }
  }

  public synchronized void setInPlaceRescale(String cluster, boolean supported) {
    if (supported) {
      inPlace.add(cluster);
    } else {
      inPlace.remove(cluster);
    }
  }

  /** Every job run on the cluster from now on goes FAILED instead of RUNNING. */
  public synchronized void failRunsOn(String cluster, boolean fail) {
    if (fail) {
      failingRuns.add(cluster);
    } else {
      failingRuns.remove(cluster);
    }
  }

  public synchronized List<Job> jobs(String cluster) {
    List<Job> jobs = clusters.get(cluster);
    if (jobs == null) {
      throw new IllegalArgumentException("fake has no cluster '" + cluster + "'");
    }
    return jobs;
  }

  /** Jobs named {@code name} in a non-terminal state, on every cluster. */
  public synchronized List<Job> activeCopies(String name) {
    List<Job> out = new ArrayList<>();
    clusters
        .values()
        .forEach(
            js ->
                js.stream()
                    .filter(j -> j.name.equals(name) && !j.state.isTerminal())
                    .forEach(out::add));
    return out;
  }

  public List<String> mutations() {
    return List.copyOf(mutations);
  }

  // ---- FlinkActions ----

  @Override
  public synchronized String uploadJar(String cluster, Path jar) {
    reach(cluster);
    mutations.add("upload " + cluster + " " + jar.getFileName());
    return nextId("jar");
  }

  @Override
  public synchronized String runJar(
      String cluster,
      String jarId,
      String entryClass,
      List<String> args,
      int parallelism,
      Optional<String> savepointPath,
      boolean allowNonRestored) {
    reach(cluster);
    String name = nameFrom(args);
    Job job =
        new Job(
            cluster,
            nextId("job"),
            name,
            args,
            parallelism,
            savepointPath,
            failingRuns.contains(cluster) ? JobState.FAILED : JobState.RUNNING);
    jobs(cluster).add(job);
    mutations.add(
        "run " + cluster + " " + name + " p=" + parallelism + " from=" + savepointPath.orElse("-"));
    return job.id;
  }

  private static String nameFrom(List<String> args) {
    int i = args.indexOf("--name");
    if (i < 0 || i + 1 >= args.size()) {
      throw new FlinkActionException("fake needs a --name argument to name the job: " + args);
    }
    return args.get(i + 1);
  }

  @Override
  public synchronized void cancel(String cluster, String jobId) {
    reach(cluster);
    Job job = job(cluster, jobId);
    mutations.add("cancel " + cluster + " " + job.name);
    if (!job.state.isTerminal()) {
      job.state = JobState.CANCELED;
    }
  }

  @Override
  public synchronized String triggerSavepoint(String cluster, String jobId) {
    reach(cluster);
    Job job = job(cluster, jobId);
    mutations.add("savepoint " + cluster + " " + job.name);
    return savepoint(job);
  }

  @Override
  public synchronized String stopWithSavepoint(String cluster, String jobId) {
    reach(cluster);
    Job job = job(cluster, jobId);
    mutations.add("stop " + cluster + " " + job.name);
    String request = savepoint(job);
    job.state = JobState.FINISHED;
    return request;
  }

  private String savepoint(Job job) {
    if (job.state != JobState.RUNNING) {
      throw new FlinkActionException(
          "job " + job.id + " is " + job.state + ", not RUNNING", 409, null);
    }
    String path = "file:///fake/savepoints/savepoint-" + nextId("sp");
    job.savepoint = Optional.of(new SavepointRef(path, clock.instant()));
    String request = nextId("req");
    requests.put(request, SavepointStatus.completed(path));
    return request;
  }

  @Override
  public synchronized SavepointStatus savepointStatus(String cluster, String jobId, String rid) {
    reach(cluster);
    SavepointStatus s = requests.get(rid);
    if (s == null) {
      throw new FlinkActionException("no savepoint request " + rid, 404, null);
    }
    return s;
  }

  @Override
  public synchronized JobState jobState(String cluster, String jobId) {
    reach(cluster);
    return find(cluster, jobId).map(j -> j.state).orElse(JobState.UNKNOWN);
  }

  @Override
  public synchronized boolean tasksRunning(String cluster, String jobId) {
    return jobState(cluster, jobId) == JobState.RUNNING;
  }

  @Override
  public synchronized List<FlinkJob> findRunningJobsByName(String cluster, String name) {
    reach(cluster);
    return jobs(cluster).stream()
        .filter(j -> j.name.equals(name) && !j.state.isTerminal())
        .map(j -> new FlinkJob(cluster, j.id, j.name, j.state))
        .toList();
  }

  @Override
  public synchronized Optional<FlinkJob> newestJobByName(String cluster, String name) {
    reach(cluster);
    return jobs(cluster).stream()
        .filter(j -> j.name.equals(name))
        .reduce((a, b) -> b)
        .map(j -> new FlinkJob(cluster, j.id, j.name, j.state));
  }

  @Override
  public synchronized Optional<SavepointRef> latestSavepoint(String cluster, String jobId) {
    reach(cluster);
    return find(cluster, jobId).flatMap(j -> j.savepoint);
  }

  @Override
  public synchronized Optional<String> latestRetainedCheckpoint(String cluster, String jobId) {
    // the shared directory outlives the JobManager, so this works while unreachable too
    return find(cluster, jobId)
        .filter(j -> j.checkpoints > 0)
        .map(j -> "file:///fake/checkpoints/" + j.id + "/chk-" + j.checkpoints);
  }

  @Override
  public synchronized Map<String, Integer> resourceRequirements(String cluster, String jobId) {
    reach(cluster);
    return Map.of("vertex-1", job(cluster, jobId).parallelism);
  }

  @Override
  public synchronized void setResourceRequirements(
      String cluster, String jobId, Map<String, Integer> upperBounds) {
    reach(cluster);
    if (!inPlace.contains(cluster)) {
      throw new FlinkActionException(
          "cluster " + cluster + " has no adaptive scheduler", 400, null);
    }
    Job job = job(cluster, jobId);
    mutations.add("rescale " + cluster + " " + job.name + " p=" + upperBounds.get("vertex-1"));
    job.parallelism = upperBounds.get("vertex-1");
  }

  @Override
  public synchronized Map<String, Integer> vertexParallelism(String cluster, String jobId) {
    reach(cluster);
    return Map.of("vertex-1", job(cluster, jobId).parallelism);
  }

  @Override
  public synchronized boolean supportsInPlaceRescale(String cluster) {
    reach(cluster);
    return inPlace.contains(cluster);
  }

  private void reach(String cluster) {
    jobs(cluster);
    if (unreachable.contains(cluster)) {
      throw new FlinkUnreachableException("fake cluster " + cluster + " is unreachable", null);
    }
  }

  private Optional<Job> find(String cluster, String jobId) {
    return jobs(cluster).stream().filter(j -> j.id.equals(jobId)).findFirst();
  }

  private Job job(String cluster, String jobId) {
    return find(cluster, jobId)
        .orElseThrow(
            () -> new FlinkActionException("no job " + jobId + " on " + cluster, 404, null));
  }

  private String nextId(String prefix) {
    return prefix + "-" + (++counter);
  }
}
