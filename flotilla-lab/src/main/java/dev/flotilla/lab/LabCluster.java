package dev.flotilla.lab;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** One running lab cluster: its processes, directories and fault levers. */
public final class LabCluster {
  private final FlinkLab lab;
  private final ClusterSpec spec;
  private final Path workDir;
  private final Path zoneDir;
  private final URI restUrl;
  private volatile long jobManagerPid = -1;
  private final List<Long> taskManagerPids = new CopyOnWriteArrayList<>();
  private int taskManagersLaunched;
  private volatile long launchedAtNanos;
  private volatile Duration startupTime = Duration.ZERO;

  LabCluster(FlinkLab lab, ClusterSpec spec, Path workDir, Path zoneDir, int restPort) {
    this.lab = lab;
    this.spec = spec;
    this.workDir = workDir;
    this.zoneDir = zoneDir;
    this.restUrl = URI.create("http://localhost:" + restPort + "/");
  }

  public String name() {
    return spec.name();
  }

  public String flinkVersion() {
    return spec.flinkVersion();
  }

  public String zone() {
    return spec.zone();
  }

  public ClusterSpec spec() {
    return spec;
  }

  public URI restUrl() {
    return restUrl;
  }

  public long jobManagerPid() {
    return jobManagerPid;
  }

  /** PIDs of the TaskManagers currently running (killed ones are removed). */
  public List<Long> taskManagerPids() {
    return List.copyOf(taskManagerPids);
  }

  public Path workDir() {
    return workDir;
  }

  public Path checkpointDir() {
    return zoneDir.resolve("checkpoints");
  }

  public Path savepointDir() {
    return zoneDir.resolve("savepoints");
  }

  public Path logDir() {
    return workDir.resolve("log");
  }

  /** From launching the JobManager process until /overview showed all slots. */
  public Duration startupTime() {
    return startupTime;
  }

  void launchJobManager() {
    launchedAtNanos = System.nanoTime();
    jobManagerPid = lab.launch(this, "jobmanager", JvmFlags.jobManager(), FlinkLab.JM_MAIN);
  }

  /** Starts one more TaskManager (a replacement after a kill); returns its PID at once. */
  public synchronized long startTaskManager() {
    String role = "taskmanager-" + taskManagersLaunched++;
    long pid = lab.launch(this, role, JvmFlags.taskManager(spec), FlinkLab.TM_MAIN);
    taskManagerPids.add(pid);
    return pid;
  }

  /** kill -9 of the TaskManager at {@code index} in {@link #taskManagerPids()}. */
  public void killTaskManager(int index) {
    List<Long> current = taskManagerPids();
    if (index < 0 || index >= current.size()) {
      throw new IllegalArgumentException(
          "cluster " + name() + " has " + current.size() + " TaskManagers, no index " + index);
    }
    long pid = current.get(index);
    lab.killProcess(pid);
    taskManagerPids.remove(pid);
  }

  /** kill -9 of the JobManager: REST refuses connections from then on. */
  public void killJobManager() {
    lab.killProcess(jobManagerPid);
  }

  /**
   * Makes REST unreachable by SIGSTOP of the JobManager process: connections are accepted by the
   * kernel but never answered, so clients time out. Heartbeats stop too, so keep it short (&lt; 10
   * s heartbeat timeout) if the cluster should survive it.
   */
  public void freezeRest() {
    OsProcess.signal(jobManagerPid, "STOP");
  }

  public void unfreezeRest() {
    OsProcess.signal(jobManagerPid, "CONT");
  }

  /**
   * Occupies every free slot with a low-rate healthy fault job, so the next submission has to wait
   * for resources. Returns the filler's job id (cancel it to free the slots).
   */
  public String fillSlots() {
    LabJobs jobs = lab.jobs();
    int free = jobs.get(this, "overview").path("slots-available").asInt();
    if (free < 1) {
      throw new IllegalStateException("cluster " + name() + " has no free slots to fill");
    }
    String jarId = jobs.uploadJar(this, FaultJobJar.locate());
    String jobId =
        jobs.run(
            this,
            jarId,
            FaultJobArgs.healthy("slot-filler").withRate(10),
            free,
            java.util.Optional.empty());
    jobs.waitForAllRunning(this, jobId, Duration.ofSeconds(30));
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (jobs.get(this, "overview").path("slots-available").asInt() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "filler job " + jobId + " on " + name() + " runs but /overview still shows free slots");
      }
      sleep(200);
    }
    return jobId;
  }

  /** Stops all processes of this cluster (SIGTERM, then SIGKILL after 5 s). */
  public void stop() {
    for (long pid : taskManagerPids) {
      lab.stopProcess(pid);
    }
    taskManagerPids.clear();
    if (jobManagerPid > 0) {
      lab.stopProcess(jobManagerPid);
    }
    lab.forget(this);
  }

  void awaitSlots(int taskManagers, int slots, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      if (!OsProcess.isAlive(jobManagerPid)) {
        throw notUp("the JobManager process " + jobManagerPid + " exited");
      }
      try {
        JsonNode overview = lab.jobs().get(this, "overview");
        last = overview.toString();
        if (overview.path("taskmanagers").asInt() >= taskManagers
            && overview.path("slots-total").asInt() >= slots) {
          startupTime = Duration.ofNanos(System.nanoTime() - launchedAtNanos);
          return;
        }
      } catch (LabRestException e) {
        last = e.getMessage();
      }
      sleep(200);
    }
    throw notUp("not up within " + timeout.toSeconds() + " s; last /overview: " + last);
  }

  private IllegalStateException notUp(String why) {
    StringBuilder message =
        new StringBuilder(
            "cluster "
                + name()
                + " (Flink "
                + flinkVersion()
                + "): "
                + why
                + "\n"
                + LogTail.of(logDir().resolve("jobmanager.log"), 20));
    if (!taskManagerPids.isEmpty()) {
      message.append('\n').append(LogTail.of(logDir().resolve("taskmanager-0.log"), 20));
    }
    return new IllegalStateException(message.toString());
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public String toString() {
    return name() + "(Flink " + flinkVersion() + " at " + restUrl + ")";
  }
}
