package dev.flotilla.sim.http;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.flotilla.model.JobState;
import dev.flotilla.sim.JobView;
import dev.flotilla.sim.Phase;
import dev.flotilla.sim.SimCluster;
import dev.flotilla.sim.SimException;
import dev.flotilla.sim.SimJob;
import dev.flotilla.sim.SimModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders Flink REST JSON with the field names of real Flink 1.20 / 2.x responses (see the recorded
 * fixtures in flotilla-collector). Plain string building, no object graphs per request.
 */
final class FlinkJson {
  static final Set<String> JOB_METRICS =
      Set.of(
          "numRestarts",
          "uptime",
          "downtime",
          "restartingTime",
          "numberOfFailedCheckpoints",
          "numberOfCompletedCheckpoints",
          "numberOfInProgressCheckpoints",
          "lastCheckpointDuration",
          "lastCheckpointSize");
  static final Set<String> SUBTASK_METRICS =
      Set.of(
          "busyTimeMsPerSecond",
          "backPressuredTimeMsPerSecond",
          "idleTimeMsPerSecond",
          "numRecordsIn",
          "numRecordsOut",
          "numRecordsInPerSecond",
          "numRecordsOutPerSecond");
  static final Set<String> TM_METRICS =
      Set.of(
          "Status.JVM.Memory.Heap.Used",
          "Status.JVM.Memory.Heap.Max",
          "Status.JVM.CPU.Load",
          "Status.JVM.GarbageCollector.G1_Young_Generation.Count");

  private static final String[] UPPER = {
    "CREATED",
    "SCHEDULED",
    "DEPLOYING",
    "RUNNING",
    "FINISHED",
    "CANCELING",
    "CANCELED",
    "FAILED",
    "RECONCILING",
    "INITIALIZING"
  };

  private static final String ZERO_STAT =
      "{\"min\":0,\"max\":0,\"avg\":0,\"p50\":0.0,\"p90\":0.0,\"p95\":0.0,\"p99\":0.0,"
          + "\"p999\":0.0}";

  private FlinkJson() {}

  static String str(String s) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
  }

  static String errors(String message) {
    return "{\"errors\":[" + str(message) + "]}";
  }

  static String commit(SimCluster c) {
    return c.flinkVersion().startsWith("1.") ? "01e3a6d" : "c0f8d1a";
  }

  static String overview(SimCluster c, SimModel model, Instant now) {
    int running = 0;
    int failed = 0;
    int busy = 0;
    for (SimJob j : c.jobs()) {
      Phase p = model.phaseAt(j, now);
      running += p == Phase.FAILED ? 0 : 1;
      failed += p == Phase.FAILED ? 1 : 0;
      busy += p == Phase.HEALTHY || p == Phase.SLOW_CHECKPOINT ? j.parallelism() : 0;
    }
    int slots = slotsTotal(c);
    return "{\"taskmanagers\":"
        + c.taskManagers()
        + ",\"slots-total\":"
        + slots
        + ",\"slots-available\":"
        + Math.max(0, slots - busy)
        + ",\"jobs-running\":"
        + running
        + ",\"jobs-finished\":0,\"jobs-cancelled\":0,\"jobs-failed\":"
        + failed
        + ",\"flink-version\":"
        + str(c.flinkVersion())
        + ",\"flink-commit\":"
        + str(commit(c))
        + "}";
  }

  static int slotsTotal(SimCluster c) {
    int need = c.jobs().stream().mapToInt(SimJob::parallelism).sum();
    int perTm = (need + c.taskManagers() - 1) / c.taskManagers() + 4;
    return perTm * c.taskManagers();
  }

  static String config(SimCluster c) {
    return "{\"refresh-interval\":3000,\"timezone-name\":\"Coordinated Universal Time\","
        + "\"timezone-offset\":0,\"flink-version\":"
        + str(c.flinkVersion())
        + ",\"flink-revision\":"
        + str(commit(c) + " @ 2026-06-14T16:29:03+02:00")
        + ",\"features\":{\"web-submit\":true,\"web-cancel\":true,\"web-rescale\":false,"
        + "\"web-history\":false}}";
  }

  static String jobsOverview(SimCluster c, SimModel model, Instant now) {
    boolean v2 = !c.legacyExceptions();
    long nowMs = now.toEpochMilli();
    StringBuilder sb = new StringBuilder(64 + c.jobs().size() * 420).append("{\"jobs\":[");
    boolean first = true;
    for (SimJob j : c.jobs()) {
      Phase p = model.phaseAt(j, now);
      long start = model.epochStart(j, now).toEpochMilli();
      JobState st = SimModel.state(p);
      sb.append(first ? "{" : ",{");
      first = false;
      sb.append("\"jid\":\"").append(j.jobId()).append("\",\"name\":").append(str(j.name()));
      if (v2) {
        sb.append(",\"jobType\":\"STREAMING\",\"schedulerType\":\"Default\"");
      }
      sb.append(",\"start-time\":")
          .append(start)
          .append(",\"end-time\":-1,\"duration\":")
          .append(nowMs - start)
          .append(",\"state\":\"")
          .append(st.name())
          .append("\",\"last-modification\":")
          .append(lastModification(model, j, now))
          .append(",\"tasks\":");
      tasks(sb, SimModel.tasks(p, j.parallelism() * j.vertexIds().size()), true);
      if (v2) {
        sb.append(",\"pending-operators\":0");
      }
      sb.append('}');
    }
    return sb.append("]}").toString();
  }

  private static long lastModification(SimModel model, SimJob j, Instant now) {
    return model
        .segmentAt(j, now)
        .map(s -> s.from().toEpochMilli())
        .orElse(model.epochStart(j, now).toEpochMilli() + 1000);
  }

  private static void tasks(StringBuilder sb, Map<String, Integer> t, boolean withTotal) {
    int total = 0;
    sb.append('{');
    boolean first = true;
    for (var e : t.entrySet()) {
      sb.append(first ? "" : ",").append('"').append(e.getKey()).append("\":").append(e.getValue());
      first = false;
      total += e.getValue();
    }
    if (withTotal) {
      sb.append(",\"total\":").append(total);
    }
    sb.append('}');
  }

  private static void upperTasks(StringBuilder sb, Map<String, Integer> t) {
    sb.append('{');
    for (int i = 0; i < UPPER.length; i++) {
      sb.append(i == 0 ? "" : ",")
          .append('"')
          .append(UPPER[i])
          .append("\":")
          .append(t.getOrDefault(UPPER[i].toLowerCase(Locale.ROOT), 0));
    }
    sb.append('}');
  }

  static String job(SimCluster c, JobView v) {
    SimJob j = v.job();
    long now = v.at().toEpochMilli();
    long start = v.startTime().toEpochMilli();
    StringBuilder sb = new StringBuilder(2600);
    sb.append("{\"jid\":\"").append(j.jobId()).append('"');
    if (!c.legacyExceptions()) {
      sb.append(",\"application-id\":\"").append(j.jobId()).append('"');
    }
    sb.append(",\"name\":")
        .append(str(j.name()))
        .append(",\"isStoppable\":false,\"state\":\"")
        .append(v.state().name())
        .append("\",\"job-type\":\"STREAMING\"");
    if (!c.legacyExceptions()) {
      sb.append(",\"schedulerType\":\"Default\"");
    }
    sb.append(",\"start-time\":")
        .append(start)
        .append(",\"end-time\":-1,\"duration\":")
        .append(now - start)
        .append(",\"maxParallelism\":-1,\"now\":")
        .append(now);
    sb.append(",\"timestamps\":{");
    String[] states = {
      "RESTARTING",
      "CANCELLING",
      "CREATED",
      "CANCELED",
      "FINISHED",
      "SUSPENDED",
      "RUNNING",
      "FAILING",
      "FAILED",
      "INITIALIZING",
      "RECONCILING"
    };
    long segFrom = v.segment().map(s -> s.from().toEpochMilli()).orElse(0L);
    for (int i = 0; i < states.length; i++) {
      long ts =
          switch (states[i]) {
            case "INITIALIZING" -> start;
            case "CREATED" -> start + 800;
            case "RUNNING" ->
                v.state() == JobState.RUNNING ? Math.max(start + 1100, segFrom) : start + 1100;
            default -> states[i].equals(v.state().name()) ? segFrom : 0;
          };
      sb.append(i == 0 ? "" : ",").append('"').append(states[i]).append("\":").append(ts);
    }
    sb.append("},\"vertices\":[");
    Map<String, Integer> perVertex = SimModel.tasks(v.phase(), j.parallelism());
    long uptime = now - start;
    for (int i = 0; i < j.vertexIds().size(); i++) {
      String name = i == 0 ? "Source: datagen" : "counter -> sink: Writer";
      long records = Math.max(0, uptime / 1000) * 1000L * j.parallelism();
      sb.append(i == 0 ? "{" : ",{")
          .append("\"id\":\"")
          .append(j.vertexIds().get(i))
          .append("\",\"slotSharingGroupId\":\"")
          .append(j.jobId(), 0, 24)
          .append("00000000\"")
          .append(",\"name\":")
          .append(str(name))
          .append(",\"maxParallelism\":128,\"parallelism\":")
          .append(j.parallelism())
          .append(",\"status\":\"")
          .append(vertexStatus(v))
          .append("\",\"start-time\":")
          .append(start + 1200)
          .append(",\"end-time\":-1,\"duration\":")
          .append(uptime)
          .append(",\"tasks\":");
      upperTasks(sb, perVertex);
      sb.append(",\"metrics\":{\"read-bytes\":")
          .append(i == 0 ? 0 : records * 21)
          .append(",\"read-bytes-complete\":true,\"write-bytes\":")
          .append(i == 0 ? records * 15 : 0)
          .append(",\"write-bytes-complete\":true,\"read-records\":")
          .append(i == 0 ? 0 : records)
          .append(",\"read-records-complete\":true,\"write-records\":")
          .append(i == 0 ? records : 0)
          .append(",\"write-records-complete\":true,\"accumulated-backpressured-time\":0,")
          .append("\"accumulated-idle-time\":")
          .append(uptime * 9 / 10)
          .append(",\"accumulated-busy-time\":")
          .append(uptime / 10)
          .append(".0}}");
    }
    sb.append("],\"status-counts\":");
    Map<String, Integer> all = SimModel.tasks(v.phase(), j.parallelism() * j.vertexIds().size());
    upperTasks(sb, all);
    sb.append(",\"plan\":{\"jid\":\"")
        .append(j.jobId())
        .append("\",\"name\":")
        .append(str(j.name()))
        .append(",\"type\":\"STREAMING\",\"nodes\":[{\"id\":\"")
        .append(j.vertexIds().get(1))
        .append("\",\"operator\":\"\",\"parallelism\":")
        .append(j.parallelism())
        .append(",\"operator_strategy\":\"\",\"description\":\"counter<br/>+- sink: Writer<br/>\",")
        .append("\"optimizer_properties\":{},\"inputs\":[{\"id\":\"")
        .append(j.vertexIds().get(0))
        .append("\",\"num\":0,\"exchange\":\"pipelined_bounded\",\"ship_strategy\":\"HASH\"}]},")
        .append("{\"id\":\"")
        .append(j.vertexIds().get(0))
        .append("\",\"operator\":\"\",")
        .append("\"parallelism\":")
        .append(j.parallelism())
        .append(",\"operator_strategy\":\"\",\"description\":\"Source: datagen<br/>\",")
        .append("\"optimizer_properties\":{}}]}");
    if (!c.legacyExceptions()) {
      sb.append(",\"pending-operators\":0");
    }
    return sb.append('}').toString();
  }

  private static String vertexStatus(JobView v) {
    return switch (v.phase()) {
      case HEALTHY, SLOW_CHECKPOINT -> "RUNNING";
      case RESTART_LOOP -> "SCHEDULED";
      case FAILED -> "CANCELED";
      case WAITING -> "CREATED";
    };
  }

  static String exceptions(SimCluster c, JobView v) {
    StringBuilder sb = new StringBuilder(512 + v.exceptions().size() * 600);
    sb.append('{');
    List<SimException> ex = v.exceptions();
    if (c.legacyExceptions()) {
      sb.append("\"root-exception\":")
          .append(ex.isEmpty() ? "null" : str(ex.get(0).stacktrace()))
          .append(",\"timestamp\":")
          .append(ex.isEmpty() ? "null" : ex.get(0).at().toEpochMilli())
          .append(",\"all-exceptions\":[");
      for (int i = 0; i < ex.size(); i++) {
        SimException e = ex.get(i);
        sb.append(i == 0 ? "{" : ",{")
            .append("\"exception\":")
            .append(str(e.stacktrace()))
            .append(",\"task\":")
            .append(e.taskName().map(FlinkJson::str).orElse("null"))
            .append(",\"location\":")
            .append(str(e.endpoint()))
            .append(",\"endpoint\":")
            .append(str(e.endpoint()))
            .append(",\"timestamp\":")
            .append(e.at().toEpochMilli())
            .append(",\"taskManagerId\":")
            .append(str(e.endpoint() + "-4f2a9c"))
            .append('}');
      }
      sb.append("],\"truncated\":false,");
    }
    sb.append("\"exceptionHistory\":{\"entries\":[");
    for (int i = 0; i < ex.size(); i++) {
      SimException e = ex.get(i);
      sb.append(i == 0 ? "{" : ",{")
          .append("\"exceptionName\":")
          .append(str(e.exceptionName()))
          .append(",\"stacktrace\":")
          .append(str(e.stacktrace()))
          .append(",\"timestamp\":")
          .append(e.at().toEpochMilli())
          .append(",\"failureLabels\":{},\"taskName\":")
          .append(e.taskName().map(FlinkJson::str).orElse("null"));
      if (c.legacyExceptions()) {
        sb.append(",\"location\":").append(str(e.endpoint()));
      }
      sb.append(",\"endpoint\":")
          .append(str(e.endpoint()))
          .append(",\"taskManagerId\":")
          .append(str(e.endpoint() + "-4f2a9c"))
          .append(",\"concurrentExceptions\":[]}");
    }
    return sb.append("],\"truncated\":false}}").toString();
  }

  static String checkpoints(JobView v) {
    long completed = v.completedCheckpoints();
    long ack = v.latestCheckpointAt().toEpochMilli();
    String path = "file:/sim/checkpoints/" + v.job().jobId() + "/chk-" + completed;
    String latest =
        "{\"className\":\"completed\",\"id\":"
            + completed
            + ",\"status\":\"COMPLETED\",\"is_savepoint\":false,\"savepointFormat\":null,"
            + "\"trigger_timestamp\":"
            + (ack - 150)
            + ",\"latest_ack_timestamp\":"
            + ack
            + ",\"checkpointed_size\":7168,\"state_size\":7168,\"end_to_end_duration\":150,"
            + "\"alignment_buffered\":0,\"processed_data\":0,\"persisted_data\":0,\"num_subtasks\":"
            + v.totalTasks()
            + ",\"num_acknowledged_subtasks\":"
            + v.totalTasks()
            + ",\"checkpoint_type\":\"CHECKPOINT\",\"tasks\":{},\"external_path\":"
            + str(path)
            + ",\"discarded\":false}";
    String stat =
        "{\"min\":150,\"max\":150,\"avg\":150,\"p50\":150.0,\"p90\":150.0,"
            + "\"p95\":150.0,\"p99\":150.0,\"p999\":150.0}";
    return "{\"counts\":{\"restored\":0,\"total\":"
        + completed
        + ",\"in_progress\":0,"
        + "\"completed\":"
        + completed
        + ",\"failed\":0},\"summary\":{\"checkpointed_size\":"
        + stat
        + ",\"state_size\":"
        + stat
        + ",\"end_to_end_duration\":"
        + stat
        + ",\"alignment_buffered\":"
        + ZERO_STAT
        + ",\"processed_data\":"
        + ZERO_STAT
        + ",\"persisted_data\":"
        + ZERO_STAT
        + "},\"latest\":{\"completed\":"
        + latest
        + ",\"savepoint\":null,\"failed\":null,\"restored\":null},\"history\":["
        + latest
        + "]}";
  }

  static String checkpointConfig() {
    return "{\"mode\":\"exactly_once\",\"interval\":60000,\"timeout\":600000,"
        + "\"min_pause\":0,\"max_concurrent\":1,\"externalization\":{\"enabled\":true,"
        + "\"delete_on_cancellation\":false},\"state_backend\":\"HashMapStateBackend\","
        + "\"checkpoint_storage\":\"FileSystemCheckpointStorage\",\"unaligned_checkpoints\":false,"
        + "\"tolerable_failed_checkpoints\":0}";
  }

  static String jobMetrics(JobView v, List<String> names) {
    long uptime =
        v.state() == JobState.RUNNING ? Duration.between(v.startTime(), v.at()).toMillis() : 0;
    StringBuilder sb = new StringBuilder("[");
    for (String n : names) {
      String value =
          switch (n) {
            case "numRestarts" -> Long.toString(v.numRestarts());
            case "uptime" -> Long.toString(uptime);
            case "downtime" -> v.state() == JobState.FAILED ? "0" : "0";
            case "restartingTime" -> "0";
            case "numberOfFailedCheckpoints", "numberOfInProgressCheckpoints" -> "0";
            case "numberOfCompletedCheckpoints" -> Long.toString(v.completedCheckpoints());
            case "lastCheckpointDuration" -> "150";
            case "lastCheckpointSize" -> "7168";
            default -> null;
          };
      if (value != null) {
        sb.append(sb.length() == 1 ? "" : ",")
            .append("{\"id\":")
            .append(str(n))
            .append(",\"value\":\"")
            .append(value)
            .append("\"}");
      }
    }
    return sb.append(']').toString();
  }

  static String backpressure(JobView v) {
    if (v.state() != JobState.RUNNING) {
      return "{\"status\":\"deprecated\"}";
    }
    StringBuilder sb = new StringBuilder("{\"status\":\"ok\",\"backpressureLevel\":\"ok\",");
    sb.append("\"end-timestamp\":").append(v.at().toEpochMilli()).append(",\"subtasks\":[");
    for (int i = 0; i < v.job().parallelism(); i++) {
      sb.append(i == 0 ? "" : ",")
          .append("{\"subtask\":")
          .append(i)
          .append(",\"backpressureLevel\":\"ok\",\"ratio\":0.0,\"idleRatio\":0.9,")
          .append("\"busyRatio\":0.1,\"backpressure-level\":\"ok\"}");
    }
    return sb.append("],\"backpressure-level\":\"ok\"}").toString();
  }

  static String subtaskMetrics(JobView v, int vertex, List<String> names) {
    if (!SUBTASK_METRICS.containsAll(names) || v.state() != JobState.RUNNING) {
      return "[]"; // like Flink: one unknown name empties the whole answer
    }
    int p = v.job().parallelism();
    StringBuilder sb = new StringBuilder("[");
    for (String n : names) {
      double per =
          switch (n) {
            case "busyTimeMsPerSecond" -> 100.0;
            case "idleTimeMsPerSecond" -> 900.0;
            case "backPressuredTimeMsPerSecond" -> 0.0;
            case "numRecordsIn" ->
                vertex == 0 ? 0 : 1000.0 * Duration.between(v.startTime(), v.at()).toSeconds();
            case "numRecordsOut" ->
                vertex == 0 ? 1000.0 * Duration.between(v.startTime(), v.at()).toSeconds() : 0;
            default ->
                vertex == 0 && n.endsWith("OutPerSecond")
                        || vertex == 1 && n.endsWith("InPerSecond")
                    ? 1000.0
                    : 0.0;
          };
      sb.append(sb.length() == 1 ? "" : ",")
          .append("{\"id\":")
          .append(str(n))
          .append(",\"min\":")
          .append(per)
          .append(",\"max\":")
          .append(per)
          .append(",\"avg\":")
          .append(per)
          .append(",\"sum\":")
          .append(per * p)
          .append(",\"skew\":0.0}");
    }
    return sb.append(']').toString();
  }

  static String tmId(SimCluster c, int i) {
    return String.format(
        Locale.ROOT,
        "10.0.%d.%d:6122-%06x",
        Math.abs(c.name().hashCode() % 250),
        i + 1,
        Math.abs((c.name() + i).hashCode()) & 0xffffff);
  }

  static String taskmanagers(SimCluster c, Instant now) {
    int perTm = slotsTotal(c) / c.taskManagers();
    StringBuilder sb = new StringBuilder("{\"taskmanagers\":[");
    for (int i = 0; i < c.taskManagers(); i++) {
      String id = tmId(c, i);
      sb.append(i == 0 ? "{" : ",{")
          .append("\"id\":")
          .append(str(id))
          .append(",\"path\":")
          .append(
              str(
                  "pekko.tcp://flink@"
                      + id.substring(0, id.indexOf('-'))
                      + "/user/rpc/taskmanager_0"))
          .append(",\"dataPort\":33899,\"jmxPort\":-1,\"timeSinceLastHeartbeat\":")
          .append(now.toEpochMilli() - 2000)
          .append(",\"slotsNumber\":")
          .append(perTm)
          .append(",\"freeSlots\":")
          .append(perTm / 4)
          .append(",\"assignedTasks\":")
          .append(perTm - perTm / 4)
          .append(",\"totalResource\":{\"cpuCores\":4.0,\"taskHeapMemory\":384,")
          .append("\"taskOffHeapMemory\":0,\"managedMemory\":64,\"networkMemory\":64,")
          .append("\"extendedResources\":{}},\"freeResource\":{\"cpuCores\":1.0,")
          .append("\"taskHeapMemory\":96,\"taskOffHeapMemory\":0,\"managedMemory\":16,")
          .append("\"networkMemory\":16,\"extendedResources\":{}},\"hardware\":{\"cpuCores\":2,")
          .append("\"physicalMemory\":25276063744,\"freeMemory\":536870912,")
          .append("\"managedMemory\":67108864},\"memoryConfiguration\":{\"frameworkHeap\":")
          .append("134217728,\"taskHeap\":402653184,\"frameworkOffHeap\":134217728,")
          .append("\"taskOffHeap\":0,\"networkMemory\":67108864,\"managedMemory\":67108864,")
          .append("\"jvmMetaspace\":268435456,\"jvmOverhead\":201326592,")
          .append("\"totalFlinkMemory\":805306368,\"totalProcessMemory\":1275068416}}");
    }
    return sb.append("]}").toString();
  }

  static String tmMetrics(List<String> names, Instant now) {
    StringBuilder sb = new StringBuilder("[");
    long minute = now.getEpochSecond() / 60;
    for (String n : names) {
      String value =
          switch (n) {
            case "Status.JVM.Memory.Heap.Used" ->
                Long.toString(90_000_000 + (minute % 60) * 2_000_000);
            case "Status.JVM.Memory.Heap.Max" -> "536870912";
            case "Status.JVM.CPU.Load" -> "0.12";
            case "Status.JVM.GarbageCollector.G1_Young_Generation.Count" ->
                Long.toString(minute % 100_000);
            default -> null;
          };
      if (value != null) {
        sb.append(sb.length() == 1 ? "" : ",")
            .append("{\"id\":")
            .append(str(n))
            .append(",\"value\":\"")
            .append(value)
            .append("\"}");
      }
    }
    return sb.append(']').toString();
  }
}
