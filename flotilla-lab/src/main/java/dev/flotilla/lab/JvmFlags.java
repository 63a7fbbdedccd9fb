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

  static List<String> taskManager() {
    List<String> flags = new ArrayList<>();
    flags.add("-Xmx512m");
    flags.add("-Xms512m");
    flags.add("-XX:MaxDirectMemorySize=192m");
    flags.add("-XX:MaxMetaspaceSize=256m");
    return flags;
  }
}
