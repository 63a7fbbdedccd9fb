package dev.flotilla.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Records the raw REST JSON of each lab fault on each Flink version into {@code
 * flotilla-collector/src/test/resources/fixtures/<version>/<scenario>/}. Each scenario runs on a
 * fresh cluster so its job list and TaskManager metrics show that scenario only.
 *
 * <p>Usage: {@code FixtureRecorder [--versions 2.3.0,1.20.3] [--scenarios healthy,slow] [--out
 * dir]}
 */
public final class FixtureRecorder {
  private static final Duration SCENARIO_TIMEOUT = Duration.ofSeconds(120);
  private static final String JOB_METRICS =
      "numRestarts,uptime,restartingTime,numberOfFailedCheckpoints,numberOfCompletedCheckpoints,"
          + "lastCheckpointDuration";
  private static final String VERTEX_METRICS =
      "busyTimeMsPerSecond,backPressuredTimeMsPerSecond,numRecordsIn,numRecordsOut";
  private static final String TM_METRICS =
      "Status.JVM.Memory.Heap.Used,Status.JVM.Memory.Heap.Max,"
          + "Status.JVM.GarbageCollector.G1_Young_Generation.Count";

  private final FlinkLab lab;
  private final Path out;
  private final Consumer<String> progress;
  private final ObjectMapper json = new ObjectMapper();

  FixtureRecorder(FlinkLab lab, Path out, Consumer<String> progress) {
    this.lab = lab;
    this.out = out;
    this.progress = progress;
  }

  public static void main(String[] args) {
    List<String> versions = List.of("2.3.0", "1.20.3", "2.2.0");
    List<String> scenarios = Arrays.stream(FixtureScenario.values()).map(s -> s.dirName).toList();
    Path out = defaultOutput();
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--versions" -> versions = List.of(args[i + 1].split(","));
        case "--scenarios" -> scenarios = List.of(args[i + 1].split(","));
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Consumer<String> progress = line -> System.out.println("[record] " + line);
    try (FlinkLab lab =
        FlinkLab.open(repoRoot().resolve("flotilla-lab/target/lab/FixtureRecorder"), progress)) {
      FixtureRecorder recorder = new FixtureRecorder(lab, out, progress);
      for (String version : versions) {
        recorder.recordVersion(version, scenarios.stream().map(FixtureScenario::byName).toList());
      }
    }
  }

  static Path defaultOutput() {
    return repoRoot().resolve("flotilla-collector/src/test/resources/fixtures");
  }

  static Path repoRoot() {
    for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        d != null;
        d = d.getParent()) {
      if (Files.isDirectory(d.resolve("flotilla-collector"))) {
        return d;
      }
    }
    throw new IllegalStateException(
        "no flotilla-collector above " + System.getProperty("user.dir"));
  }

  void recordVersion(String version, List<FixtureScenario> scenarios) {
    boolean errorsDone = false;
    for (FixtureScenario scenario : scenarios) {
      String name = "rec-" + version.replace('.', '-') + "-" + scenario.dirName;
      LabCluster cluster = lab.start(ClusterSpec.of(name, version).withTaskManagers(1, 4));
      try {
        if (!errorsDone) {
          recordErrors(cluster);
          errorsDone = true;
        }
        recordScenario(cluster, scenario);
      } finally {
        cluster.stop();
      }
    }
  }

  private void recordScenario(LabCluster cluster, FixtureScenario scenario) {
    LabJobs jobs = lab.jobs();
    String jar = jobs.uploadJar(cluster, FaultJobJar.locate());
    String jobId = jobs.run(cluster, jar, scenario.args, 2, Optional.empty());
    long deadline = System.nanoTime() + SCENARIO_TIMEOUT.toNanos();
    boolean ready = false;
    while (!ready && System.nanoTime() < deadline) {
      try {
        ready = scenario.ready(jobs, cluster, jobId);
      } catch (RuntimeException notYet) {
        ready = false;
      }
      if (!ready) {
        LabCluster.sleep(500);
      }
    }
    if (!ready) {
      throw new IllegalStateException(
          scenario.dirName + " on " + cluster.flinkVersion() + " never showed its signature");
    }
    Path dir = out.resolve(cluster.flinkVersion()).resolve(scenario.dirName);
    recreate(dir);
    ObjectNode meta = json.createObjectNode();
    meta.put("version", cluster.flinkVersion());
    meta.put("scenario", scenario.dirName);
    meta.put("jobId", jobId);
    meta.set("programArgs", json.valueToTree(scenario.args.toList()));
    ObjectNode urls = json.createObjectNode();
    String job = "jobs/" + jobId;
    JsonNode jobJson = json.nullNode();
    List<String[]> calls = new ArrayList<>();
    calls.add(new String[] {"overview.json", "overview"});
    calls.add(new String[] {"config.json", "config"});
    calls.add(new String[] {"jobs-overview.json", "jobs/overview"});
    calls.add(new String[] {"job.json", job});
    calls.add(new String[] {"job-exceptions.json", job + "/exceptions"});
    calls.add(new String[] {"job-checkpoints.json", job + "/checkpoints"});
    calls.add(new String[] {"job-checkpoints-config.json", job + "/checkpoints/config"});
    calls.add(new String[] {"job-metrics.json", job + "/metrics?get=" + JOB_METRICS});
    calls.add(new String[] {"taskmanagers.json", "taskmanagers"});
    for (String[] call : calls) {
      RestResponse r = save(cluster, dir, call[0], call[1], urls);
      if (call[0].equals("job.json")) {
        jobJson = parse(r.body());
      }
    }
    ArrayNode vertexIds = meta.putArray("vertexIds");
    int i = 0;
    for (JsonNode vertex : jobJson.path("vertices")) {
      String vid = vertex.path("id").asText();
      vertexIds.add(vid);
      save(
          cluster,
          dir,
          "vertex-" + i + "-backpressure.json",
          job + "/vertices/" + vid + "/backpressure",
          urls);
      save(
          cluster,
          dir,
          "vertex-" + i + "-subtask-metrics.json",
          job + "/vertices/" + vid + "/subtasks/metrics?get=" + VERTEX_METRICS,
          urls);
      i++;
    }
    JsonNode tms = parse(urlsBody(cluster, "taskmanagers"));
    if (tms.path("taskmanagers").size() > 0) {
      String tm = tms.path("taskmanagers").get(0).path("id").asText();
      save(
          cluster,
          dir,
          "taskmanager-0-metrics.json",
          "taskmanagers/" + tm + "/metrics?get=" + TM_METRICS,
          urls);
    }
    RestResponse req = lab.jobs().getRaw(cluster, job + "/resource-requirements");
    if (req.status() == 200) {
      write(dir.resolve("job-resource-requirements.json"), req.body());
    }
    urls.set(
        "job-resource-requirements.json",
        entry(job + "/resource-requirements", req.status(), req.status() == 200));
    meta.put("recordedAt", Instant.now().toString());
    meta.set("urls", urls);
    write(dir.resolve("meta.json"), pretty(meta));
    progress.accept(
        "recorded "
            + cluster.flinkVersion()
            + "/"
            + scenario.dirName
            + " (job "
            + jobId
            + ", state "
            + jobs.jobState(cluster, jobId)
            + ")");
  }

  private void recordErrors(LabCluster cluster) {
    Path dir = out.resolve(cluster.flinkVersion()).resolve("errors");
    recreate(dir);
    ObjectNode urls = json.createObjectNode();
    save(cluster, dir, "unknown-path.json", "x", urls);
    save(cluster, dir, "job-not-found.json", "jobs/00000000000000000000000000000000", urls);
    ObjectNode meta = json.createObjectNode();
    meta.put("version", cluster.flinkVersion());
    meta.put("scenario", "errors");
    meta.put("recordedAt", Instant.now().toString());
    meta.set("urls", urls);
    write(dir.resolve("meta.json"), pretty(meta));
  }

  private RestResponse save(
      LabCluster cluster, Path dir, String file, String path, ObjectNode urls) {
    RestResponse r = lab.jobs().getRaw(cluster, path);
    write(dir.resolve(file), r.body());
    urls.set(file, entry(path, r.status(), true));
    return r;
  }

  private String urlsBody(LabCluster cluster, String path) {
    return lab.jobs().getRaw(cluster, path).body();
  }

  private ObjectNode entry(String path, int status, boolean written) {
    ObjectNode e = json.createObjectNode();
    e.put("path", "/" + path);
    e.put("status", status);
    e.put("written", written);
    return e;
  }

  private JsonNode parse(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return json.nullNode();
    }
  }

  private String pretty(JsonNode node) {
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String body) {
    try {
      Files.writeString(file, body);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void recreate(Path dir) {
    try {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recreate " + dir, e);
    }
  }
}
