package dev.flotilla.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Real Flink session clusters as local processes (one JobManager JVM and one JVM per TaskManager),
 * rooted at a work directory. Closing it, or JVM shutdown, stops every process it started.
 */
public final class FlinkLab implements AutoCloseable {
  static final String JM_MAIN =
      "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
  static final String TM_MAIN = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";

  /** 60 s unless {@code -Dflotilla.lab.startTimeoutSeconds} says otherwise (busy shared hosts). */
  static final Duration START_TIMEOUT =
      Duration.ofSeconds(Long.getLong("flotilla.lab.startTimeoutSeconds", 60));

  private final Path root;
  private final Consumer<String> progress;
  private final PidRegistry pids;
  private final Path classpathCache;
  private final List<LabCluster> clusters = new CopyOnWriteArrayList<>();
  private final LabJobs jobs = new LabJobs();
  private final Thread shutdownHook;
  private volatile boolean closed;

  private FlinkLab(Path root, Consumer<String> progress, Optional<Path> suiteRegistry) {
    this.root = root.toAbsolutePath();
    this.progress = progress;
    this.pids = new PidRegistry(this.root.resolve("pids"), suiteRegistry);
    this.classpathCache = FlinkClasspath.defaultCacheDir();
    this.shutdownHook = new Thread(this::stopAll, "flink-lab-shutdown");
  }

  public static FlinkLab open(Path root, Consumer<String> progress) {
    return open(root, progress, Optional.empty());
  }

  /** Like {@link #open(Path, Consumer)}; also appends every PID to a suite-wide registry file. */
  public static FlinkLab open(Path root, Consumer<String> progress, Optional<Path> suiteRegistry) {
    FlinkLab lab = new FlinkLab(root, progress, suiteRegistry);
    try {
      Files.createDirectories(lab.root);
      Files.writeString(lab.root.resolve("opens.txt"), JvmFlags.moduleArgfile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare lab root " + lab.root, e);
    }
    lab.pids.sweep(progress);
    Runtime.getRuntime().addShutdownHook(lab.shutdownHook);
    return lab;
  }

  public Path root() {
    return root;
  }

  public LabJobs jobs() {
    return jobs;
  }

  public List<LabCluster> clusters() {
    return List.copyOf(clusters);
  }

  public Optional<LabCluster> cluster(String name) {
    return clusters.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Starts a cluster and waits until /overview shows all its slots. */
  public LabCluster start(ClusterSpec spec) {
    if (closed) {
      throw new IllegalStateException("lab at " + root + " is closed");
    }
    if (cluster(spec.name()).isPresent()) {
      throw new IllegalArgumentException("a cluster named " + spec.name() + " is already running");
    }
    List<Path> classpath = FlinkClasspath.resolve(spec.flinkVersion(), classpathCache, progress);
    Path work = root.resolve(spec.name());
    Path zone = root.resolve("zones").resolve(spec.zone());
    try {
      for (String sub : List.of("conf", "log", "tmp", "web")) {
        Files.createDirectories(work.resolve(sub));
      }
      Files.createDirectories(zone.resolve("checkpoints"));
      Files.createDirectories(zone.resolve("savepoints"));
      ClusterConfig config = new ClusterConfig(spec, work, zone, freePort(), freePort());
      Files.writeString(work.resolve("conf").resolve("config.yaml"), config.render());
      Files.writeString(
          work.resolve("classpath.args"),
          "-cp " + classpath.stream().map(Path::toString).collect(Collectors.joining(":")) + "\n");
      progress.accept(
          "starting "
              + spec.name()
              + " (Flink "
              + spec.flinkVersion()
              + ", REST port "
              + config.restPort()
              + ")");
      LabCluster cluster = new LabCluster(this, spec, work, zone, config.restPort());
      clusters.add(cluster);
      cluster.launchJobManager();
      for (int i = 0; i < spec.taskManagers(); i++) {
        cluster.startTaskManager();
      }
      cluster.awaitSlots(spec.taskManagers(), spec.totalSlots(), START_TIMEOUT);
      return cluster;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + work, e);
    }
  }

  /** Starts a JVM for a cluster role and records its PID; output goes to {@code log/<role>.log}. */
  long launch(LabCluster cluster, String role, List<String> heapFlags, String mainClass) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("@" + root.resolve("opens.txt"));
    cmd.addAll(heapFlags);
    cmd.add("-Dflotilla.lab.process=" + cluster.workDir().resolve(role));
    cmd.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
    cmd.add("@" + cluster.workDir().resolve("classpath.args"));
    cmd.add(mainClass);
    cmd.add("--configDir");
    cmd.add(cluster.workDir().resolve("conf").toString());
    Path log = cluster.logDir().resolve(role + ".log");
    try {
      Process process =
          new ProcessBuilder(cmd)
              .directory(cluster.workDir().toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      pids.record(process.pid());
      return process.pid();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + role + " of " + cluster.name(), e);
    }
  }

  void stopProcess(long pid) {
    OsProcess.terminate(pid, Duration.ofSeconds(5));
    pids.forget(pid);
  }

  void killProcess(long pid) {
    OsProcess.kill9(pid);
    pids.forget(pid);
  }

  void forget(LabCluster cluster) {
    clusters.remove(cluster);
  }

  PidRegistry pids() {
    return pids;
  }

  private synchronized void stopAll() {
    for (LabCluster cluster : List.copyOf(clusters)) {
      cluster.stop();
    }
  }

  /**
   * Leaves every process started so far running after this JVM exits (for {@code flotilla lab up}).
   * Their PID files stay under the root, so a later {@link #open} of the same root stops them by
   * PID in its stale-process sweep (that is {@code flotilla lab down}).
   */
  public void detach() {
    closed = true;
    clusters.clear();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // already shutting down: the hook will run
    }
  }

  @Override
  public void close() {
    closed = true;
    stopAll();
    pids.sweep(progress);
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to run; nothing to remove
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free local port", e);
    }
  }
}
