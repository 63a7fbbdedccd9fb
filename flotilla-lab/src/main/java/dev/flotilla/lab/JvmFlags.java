package dev.flotilla.lab;

import java.util.ArrayList;
import java.util.List;

/** JVM flags for the Flink processes: Flink's default module opens plus heap settings. */
final class JvmFlags {
  private static final String[] EXPORTS = {
    "java.base/sun.net.util",
    "java.rmi/sun.rmi.registry",
    "jdk.compiler/com.sun.tools.javac.api",
    "jdk.compiler/com.sun.tools.javac.file",
    "jdk.compiler/com.sun.tools.javac.parser",
    "jdk.compiler/com.sun.tools.javac.tree",
    "jdk.compiler/com.sun.tools.javac.util",
    "java.security.jgss/sun.security.krb5"
  };
  private static final String[] OPENS = {
    "java.lang",
    "java.net",
    "java.io",
    "java.nio",
    "sun.nio.ch",
    "java.lang.reflect",
    "java.text",
    "java.time",
    "java.util",
    "java.util.concurrent",
    "java.util.concurrent.atomic",
    "java.util.concurrent.locks"
  };

  private JvmFlags() {}

  /** Content of the argfile passed as {@code @opens.txt} to every Flink JVM. */
  static String moduleArgfile() {
    StringBuilder text = new StringBuilder();
    for (String export : EXPORTS) {
      text.append("--add-exports=").append(export).append("=ALL-UNNAMED\n");
    }
    for (String open : OPENS) {
      text.append("--add-opens=java.base/").append(open).append("=ALL-UNNAMED\n");
    }
    return text.toString();
  }

  static List<String> jobManager() {
    // C1 only: the JobManager does little hot work, and this halves its start-up CPU.
    return List.of("-Xmx512m", "-XX:MaxMetaspaceSize=256m", "-XX:TieredStopAtLevel=1");
  }

  /** Framework heap (128m, see ClusterConfig) plus the task heap, 384m unless the spec says. */
  static List<String> taskManager(ClusterSpec spec) {
    String task = spec.extraConfig().getOrDefault("taskmanager.memory.task.heap.size", "384m");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?i)\\s*(\\d+)\\s*m(b)?\\s*").matcher(task);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "cluster "
              + spec.name()
              + ": taskmanager.memory.task.heap.size must be in megabytes like 96m, got '"
              + task
              + "'");
    }
    int heapMb = 128 + Integer.parseInt(m.group(1));
    List<String> flags = new ArrayList<>();
    flags.add("-Xmx" + heapMb + "m");
    flags.add("-Xms" + heapMb + "m");
    flags.add("-XX:MaxDirectMemorySize=192m");
    flags.add("-XX:MaxMetaspaceSize=256m");
    return flags;
  }
}
