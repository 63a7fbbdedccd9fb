package dev.flotilla.lab;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders the flat-key {@code config.yaml} shared by a cluster's JobManager and TaskManagers. */
record ClusterConfig(ClusterSpec spec, Path workDir, Path zoneDir, int restPort, int rpcPort) {

  Map<String, String> entries() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("jobmanager.rpc.address", "localhost");
    c.put("jobmanager.rpc.port", Integer.toString(rpcPort));
    c.put("jobmanager.bind-host", "localhost");
    c.put("rest.address", "localhost");
    c.put("rest.bind-address", "localhost");
    c.put("rest.port", Integer.toString(restPort));
    c.put("taskmanager.host", "localhost");
    c.put("taskmanager.bind-host", "localhost");
    c.put("taskmanager.numberOfTaskSlots", Integer.toString(spec.slotsPerTaskManager()));
    c.put("parallelism.default", "1");
    c.put("io.tmp.dirs", workDir.resolve("tmp").toString());
    c.put("web.tmpdir", workDir.resolve("web").toString());
    c.put("web.upload.dir", workDir.resolve("web").toString());
    c.put("execution.checkpointing.dir", uri(zoneDir.resolve("checkpoints")));
    c.put("execution.checkpointing.savepoint-dir", uri(zoneDir.resolve("savepoints")));
    c.put("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
    c.put("web.timeout", "15000");
    c.put("metrics.fetcher.update-interval", "1000");
    c.put("web.refresh-interval", "1000");
    c.put("heartbeat.interval", "2000");
    c.put("heartbeat.timeout", "10000");
    c.put("taskmanager.cpu.cores", Integer.toString(spec.slotsPerTaskManager()));
    c.put("taskmanager.memory.framework.heap.size", "128m");
    c.put("taskmanager.memory.task.heap.size", "384m");
    c.put("taskmanager.memory.framework.off-heap.size", "128m");
    c.put("taskmanager.memory.task.off-heap.size", "0m");
    c.put("taskmanager.memory.network.min", "64m");
    c.put("taskmanager.memory.network.max", "64m");
    c.put("taskmanager.memory.managed.size", "64m");
    c.put("taskmanager.memory.jvm-metaspace.size", "256m");
    c.put("taskmanager.memory.jvm-overhead.min", "192m");
    c.put("taskmanager.memory.jvm-overhead.max", "192m");
    if (spec.adaptiveScheduler()) {
      c.put("jobmanager.scheduler", "adaptive");
    }
    c.putAll(spec.extraConfig());
    return c;
  }

  String render() {
    StringBuilder yaml =
        new StringBuilder("# written by dev.flotilla.lab for " + spec.name() + "\n");
    entries().forEach((k, v) -> yaml.append(k).append(": ").append(quote(v)).append('\n'));
    return yaml.toString();
  }

  static String uri(Path dir) {
    return dir.toAbsolutePath().toUri().toString();
  }

  private static String quote(String value) {
    boolean plain = value.matches("[A-Za-z0-9_./:+-]+") && !value.startsWith("-");
    return plain ? value : "'" + value.replace("'", "''") + "'";
  }
}
